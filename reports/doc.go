// Package reports holds tdkt's documents in and out: the official PDFs
// (decisions, appendices, certificates) and the Excel workbooks (templates,
// importers, summaries). It imports data, never the window.
package reports
