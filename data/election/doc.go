// Package election holds the election law (Luật Bầu cử đại biểu Quốc hội và
// đại biểu Hội đồng nhân dân 2015, amended 2025) as pure functions: the races
// and their seat limits, the consistency rules of a vote-count minutes
// (biên bản kết quả kiểm phiếu), winner determination with bầu thêm and
// bầu lại (Điều 78–80), and the aggregation of turnout and seats up the
// administrative unit tree.
//
// Every rule uses integer arithmetic. Percentages are int64 hundredths of a
// percent (99,84% is 9984), rounded half up; [JSONNumber] and
// [FormatPercent] turn them into text without going through floating point.
//
// The package has no state and imports no storage or UI code: the window,
// the command line and the reports all call the same functions.
package election
