function Send-TeamAlert {
    param([string]$Text)
    Invoke-AlertSmtp -Body $Text
}
