# AUTH003 fixture taken from the rule catalog (rules.md, section G).
$smtpPassword = 'S3cure-Relay-2024'   # expect: AUTH003
$cfg = @{ ClientSecret = 'q8Q~abcDEF123' }   # expect: AUTH003
