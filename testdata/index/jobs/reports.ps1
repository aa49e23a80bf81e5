Import-Module Reports
Send-ReportStarted
Send-DailyReport -Html '<p>ok</p>'
