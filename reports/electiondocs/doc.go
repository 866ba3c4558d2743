// Package electiondocs holds the election workbooks and results documents of
// tdkt: the election workbook of FORMATS.md (an empty template, and an
// importer that reads every sheet, reports every problem in one pass with
// sheet, row, column and rule, and writes all or nothing), the results
// summary for superiors ("Biểu tổng hợp kết quả bầu cử"), the official
// statistics form ("Biểu thống kê kết quả bầu cử", WriteStatistics) and the results
// JSON of `tdkt results --json`. The law itself is applied by the data
// layer; this package only reads and writes documents.
package electiondocs
