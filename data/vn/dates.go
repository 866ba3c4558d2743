package vn

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ErrInvalidDate is wrapped by every error of ParseDate and ParseBirth; its
// text starts their messages: "ngày không hợp lệ: ...".
var ErrInvalidDate = errors.New("ngày không hợp lệ")

// LongDate writes t as administrative documents do (Nghị định 30/2020/NĐ-CP):
// "ngày 05 tháng 01 năm 2026", "ngày 24 tháng 6 năm 2021". Days below 10 and
// the months 1 and 2 take a leading zero, other numbers do not.
func LongDate(t time.Time) string {
	y, m, d := t.Date()
	month := strconv.Itoa(int(m))
	if m <= time.February {
		month = "0" + month
	}
	return fmt.Sprintf("ngày %02d tháng %s năm %d", d, month, y)
}

// ShortDate writes t as day/month/year without leading zeros: "24/6/2021".
func ShortDate(t time.Time) string {
	y, m, d := t.Date()
	return fmt.Sprintf("%d/%d/%d", d, int(m), y)
}

// DMY writes t as dd/mm/yyyy: "24/06/2021", the form date fields show.
func DMY(t time.Time) string {
	y, m, d := t.Date()
	return fmt.Sprintf("%02d/%02d/%04d", d, int(m), y)
}

// dateHint is appended to errors about the form of a date.
const dateHint = "cần ghi ngày/tháng/năm, ví dụ 24/06/2021"

// ParseDate reads a date as people type it: day/month/year with one or two
// digits for day and month and four for the year ("5/1/2026",
// "24/06/2021"), or year first as in ISO 8601 ("2021-06-24"). The
// separator is '/', '-' or '.', the same one twice. Impossible dates such
// as 31/02/2021 are refused. The result is midnight UTC of that day; errors
// wrap ErrInvalidDate and explain the problem in Vietnamese.
func ParseDate(s string) (time.Time, error) {
	in := Clean(s)
	if in == "" {
		return time.Time{}, fmt.Errorf("%w: chưa có ngày (%s)", ErrInvalidDate, dateHint)
	}
	sep := strings.IndexAny(in, "/-.")
	if sep < 0 {
		return time.Time{}, fmt.Errorf("%w: %q (%s)", ErrInvalidDate, in, dateHint)
	}
	parts := strings.Split(in, in[sep:sep+1])
	if len(parts) != 3 || !allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2]) {
		return time.Time{}, fmt.Errorf("%w: %q (%s)", ErrInvalidDate, in, dateHint)
	}
	ys, ms, ds := parts[2], parts[1], parts[0]
	if len(parts[0]) == 4 { // year first
		ys, ds = parts[0], parts[2]
	}
	if len(ys) != 4 || len(ms) > 2 || len(ds) > 2 {
		return time.Time{}, fmt.Errorf("%w: %q (%s)", ErrInvalidDate, in, dateHint)
	}
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	return makeDate(in, y, m, d)
}

// makeDate checks the parts of a date read from in and builds it.
func makeDate(in string, y, m, d int) (time.Time, error) {
	switch {
	case y < 1000:
		return time.Time{}, fmt.Errorf("%w: %q (không có năm %d)", ErrInvalidDate, in, y)
	case m < 1 || m > 12:
		return time.Time{}, fmt.Errorf("%w: %q (không có tháng %d)", ErrInvalidDate, in, m)
	}
	last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d < 1 || d > last {
		return time.Time{}, fmt.Errorf("%w: %q (tháng %d năm %d chỉ có %d ngày)", ErrInvalidDate, in, m, y, last)
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// ParseBirth reads a date of birth: a date as ParseDate accepts, or a bare
// year ("1975") when the day is not known, in which case yearOnly is true
// and t is 1 January of that year, midnight UTC.
func ParseBirth(s string) (t time.Time, yearOnly bool, err error) {
	in := Clean(s)
	if len(in) == 4 && allDigits(in) {
		y, _ := strconv.Atoi(in)
		t, err = makeDate(in, y, 1, 1)
		return t, err == nil, err
	}
	t, err = ParseDate(in)
	return t, false, err
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Moment writes a moment the store recorded (RFC 3339, UTC) in local
// time as a person reads it: "21:16 ngày 03/12/2026"; text that is not
// such a moment is returned as it is.
func Moment(stamp string) string {
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return stamp
	}
	t = t.Local()
	return t.Format("15:04") + " ngày " + DMY(t)
}
