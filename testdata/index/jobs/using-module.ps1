using module Notify
Send-OpsAlert -Subject 'Quota' -Body 'high'
