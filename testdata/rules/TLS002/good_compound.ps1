# expect-none: TLS002
# Compound assignments on the unknown current value that add nothing weak.
[Net.ServicePointManager]::SecurityProtocol += [Net.SecurityProtocolType]::Tls12
[Net.ServicePointManager]::SecurityProtocol -= [Net.SecurityProtocolType]::Tls11
