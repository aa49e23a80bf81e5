module github.com/psmailscan/psmailscan

go 1.26.8

require (
	github.com/alecthomas/participle/v2 v2.1.4
	github.com/bmatcuk/doublestar/v4 v4.10.4
	github.com/owenrumney/go-sarif/v2 v2.3.3
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2
	github.com/spf13/pflag v1.0.10
	golang.org/x/sys v0.50.0
)

require golang.org/x/text v0.14.0 // indirect
