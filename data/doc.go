// Package data is the domain of tdkt: its types, the SQLite store and its
// migrations. The rules of the law live in the pure subpackages election
// and award; Vietnamese text helpers live in vn. This package imports
// neither Fyne nor any document library: screens (app) and documents
// (reports) call its typed methods, and every write is one transaction.
package data
