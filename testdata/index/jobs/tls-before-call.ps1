Import-Module Notify
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
Send-OpsAlert -Subject 'With TLS 1.2' -Body 'ok'
