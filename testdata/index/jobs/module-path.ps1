# PagerDuty is not in this tree: only --module-path testdata/index-modules finds it.
Import-Module PagerDuty
Send-PagerMail -Text 'disk full'
