# expect-none: TLS001
# Compound assignments on the unknown current value. PowerShell has no -bor=;
# += and -= are arithmetic and are modelled as adding / removing the flag.
[Net.ServicePointManager]::SecurityProtocol += [Net.SecurityProtocolType]::Tls12
[Net.ServicePointManager]::SecurityProtocol -= [Net.SecurityProtocolType]::Ssl3
