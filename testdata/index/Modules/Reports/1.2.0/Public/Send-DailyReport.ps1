function Send-DailyReport {
    param([string]$Html)
    Send-ReportMail -Html $Html
}
