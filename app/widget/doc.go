// Package widget holds what tdkt's screens share: the one table
// (sortable, virtualised, with an optional check column), the one edit
// dialog (Enter saves, Esc cancels, refusals beside their field), the one
// bar chart, the screen layout, the dialogs (errors, confirmations,
// problem lists), background work that keeps the window responsive, the
// look (Theme) and the documents folder.
//
// It imports no section and no shell: the sections (app/units,
// app/elections, ...) and the shell (app) import it.
package widget
