// Command psmailscan finds PowerShell scripts that send mail the old way
// (Send-MailMessage, SmtpClient, SMTP AUTH with Basic credentials) or that
// weaken TLS and Exchange Online security, and tells how to fix them.
package main

import (
	"os"

	"github.com/psmailscan/psmailscan/cmd/psmailscan/cli"
)

func main() {
	cli.ManageMemory()
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
