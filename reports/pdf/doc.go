// Package pdf writes tdkt's official PDF documents: the award decision
// (quyết định khen thưởng) with its appendix list, laid out to the letter
// of Nghị định 30/2020/NĐ-CP on administrative documents, and the
// certificates printed onto pre-printed Bằng khen / Giấy khen blanks with
// the calibration page that places them, and the minutes in which a Ban
// bầu cử determines its constituency's result (biên bản xác định kết quả
// bầu cử ở đơn vị bầu cử, WriteMinutes).
//
// Input is plain structs (Decision, Appendix, Row, Certificate,
// CertificateLayout, Minutes); the package knows no store and no window. Text is
// set in Times New Roman when the system has it (LoadFonts), else in the
// embedded, metric-compatible Liberation Serif; every font is embedded as
// a subset, every string is NFC before it reaches the page, and a
// document is rendered whole in memory before a byte is written.
//
// Layout is done here rather than by fpdf's cells: words are measured and
// lines broken by the package, so that a paragraph's height is known
// before it is drawn — which is what keeps the signature block whole, keeps
// table rows from splitting across pages and repeats the table header.
package pdf
