// Package reports is the room of tdkt's documents in and out, one
// subpackage per document family; it imports data, never the window, and
// each export is one function that the window and the command both call:
//
//   - electiondocs: the election workbook (template, importer), the
//     results summary for superiors and the results JSON;
//   - nominations: the nomination workbook (template, importer), the
//     export of a campaign's nominations with its statistics;
//   - decisiondocs: a decision's PDF with its appendix, its certificates
//     and the certificate calibration page, from the store;
//   - pdf: the official PDF layouts of Nghị định 30/2020/NĐ-CP and the
//     fonts they need;
//   - sheet: what every workbook shares (reading by header, legacy
//     encodings, problems with file, sheet, row and column; styles).
package reports
