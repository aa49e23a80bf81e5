//go:build !unix

package cli

import "testing"

func addSpecialFiles(t *testing.T, dir string) map[string]string { return nil }

func specialFiles(dir string) []string { return nil }
