Notify\Send-OpsAlert -Subject 'qualified' -Body 'x'
