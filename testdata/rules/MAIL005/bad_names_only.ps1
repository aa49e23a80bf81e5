# MAIL005: a library that receives an ExchangeService from its caller and only
# names EWS types: one finding per function (its first EWS type name).
function Get-InboxItems {
    param(
        [Microsoft.Exchange.WebServices.Data.ExchangeService] $Service,   # expect: MAIL005
        [int] $Count = 10
    )
    $Service.FindItems([Microsoft.Exchange.WebServices.Data.WellKnownFolderName]::Inbox, $Count)
}

function Get-SentItems {
    param($Service)
    $Service.FindItems([Microsoft.Exchange.WebServices.Data.WellKnownFolderName]::SentItems, 10)   # expect: MAIL005
    $Service.TraceFlags = [Microsoft.Exchange.WebServices.Data.TraceFlags]::None
}
