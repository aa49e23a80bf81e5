// Package index is the repository-wide index: what each function defined
// in the scanned files does when called (sends mail or not, how, where,
// with which credentials and TLS state), and which function every call
// reaches across files, resolved as PowerShell would.
//
// It works in three steps, and never reads the file system (the file
// pipeline hands it what it needs):
//
//  1. Summarize, once per file while its semantic model is alive (in the
//     scan's workers): the functions defined with their own mail facts and
//     findings, every call of a command that is not a known cmdlet with the
//     caller's TLS 1.2 state at the call, dot-sources and imports resolved
//     as text ($PSScriptRoot, Join-Path, relative paths), Export-ModuleMember
//     and the keys of a module manifest. A summary holds no syntax tree.
//  2. Build, once: the modules of the tree (a folder named like its .psd1
//     or .psm1, as on PSModulePath, and those of --module-path), each with
//     what it exports (manifest FunctionsToExport, Export-ModuleMember,
//     RootModule, NestedModules, ScriptsToProcess); every call bound in
//     PowerShell's order (the file's own function, then functions of
//     dot-sourced files, then imported modules, then module autoloading);
//     and each function's facts composed through the functions it calls,
//     to a fixpoint so that recursion and cycles between files end.
//  3. Queries for the reports: Reached (what a script reaches through other
//     files, with the way to each send), CalledBy (how many scripts call a
//     file's senders) and CallSites (the calling sites of the function a
//     finding is in, for related locations).
package index
