// Package award holds the commendation rules as pure functions: prize
// money (coefficient × base salary, rounded up to 10.000 đồng) under the
// decree regime and base salary in force on the decision date, the default
// rule tables with their effective dates, the detection of nominees
// proposed twice, and the workflow of a nomination's status.
//
// Money is integer đồng and coefficients are integer thousandths of the
// base salary; no floating point is used. The default tables are seeds: the
// program stores them and lets the user edit them.
package award
