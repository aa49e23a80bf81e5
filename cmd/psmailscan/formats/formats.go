// Package formats is the one pattern of the report-writer tables of scan,
// inventory and merge: a command's formats are a Table, in the order help
// lists them, each row a name and the function that writes the report.
// A new format is the file that writes it and one row in its table; the
// flag help, the error for an unknown name and the tests come from the table.
package formats

import (
	"io"
	"strings"
)

// Writer is one format: its --format name and the function that writes a
// report of type R in it.
type Writer[R any] struct {
	Name  string
	Write func(w io.Writer, r R) error
}

// Table lists a command's formats; the first is the default.
type Table[R any] []Writer[R]

// Lookup returns the writer of a format, nil for an unknown name.
func (t Table[R]) Lookup(name string) func(w io.Writer, r R) error {
	for _, f := range t {
		if f.Name == name {
			return f.Write
		}
	}
	return nil
}

// Names lists the formats for help and messages: "text, json, sarif or csv".
func (t Table[R]) Names() string {
	names := make([]string, len(t))
	for i, f := range t {
		names[i] = f.Name
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// Default is the name of the first format.
func (t Table[R]) Default() string { return t[0].Name }
