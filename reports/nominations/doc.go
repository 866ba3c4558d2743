// Package nominations is the nomination workbook of tdkt (FORMATS.md):
// the empty template with its drop-down lists and instructions, the
// importer that takes a filled workbook all or nothing, and the export of
// a campaign's list as a department sends it up, with its statistics.
package nominations
