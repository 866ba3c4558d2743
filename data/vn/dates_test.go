package vn_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"tdkt/data/vn"
)

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func TestFormatDates(t *testing.T) {
	tests := []struct {
		t                time.Time
		long, short, dmy string
	}{
		{date(2026, 1, 5), "ngày 05 tháng 01 năm 2026", "5/1/2026", "05/01/2026"},
		{date(2021, 6, 24), "ngày 24 tháng 6 năm 2021", "24/6/2021", "24/06/2021"},
		{date(2021, 12, 15), "ngày 15 tháng 12 năm 2021", "15/12/2021", "15/12/2021"},
		{date(2021, 2, 4), "ngày 04 tháng 02 năm 2021", "4/2/2021", "04/02/2021"},
		{date(2021, 3, 10), "ngày 10 tháng 3 năm 2021", "10/3/2021", "10/03/2021"},
		{date(2021, 5, 23), "ngày 23 tháng 5 năm 2021", "23/5/2021", "23/05/2021"},
		{date(2025, 7, 1), "ngày 01 tháng 7 năm 2025", "1/7/2025", "01/07/2025"},
		{date(2024, 10, 9), "ngày 09 tháng 10 năm 2024", "9/10/2024", "09/10/2024"},
		// The date is read in the time's own location.
		{time.Date(2021, 5, 23, 23, 30, 0, 0, time.FixedZone("ICT", 7*3600)), "ngày 23 tháng 5 năm 2021", "23/5/2021", "23/05/2021"},
	}
	for _, tt := range tests {
		if got := vn.LongDate(tt.t); got != tt.long {
			t.Errorf("LongDate(%v) = %q, want %q", tt.t, got, tt.long)
		}
		if got := vn.ShortDate(tt.t); got != tt.short {
			t.Errorf("ShortDate(%v) = %q, want %q", tt.t, got, tt.short)
		}
		if got := vn.DMY(tt.t); got != tt.dmy {
			t.Errorf("DMY(%v) = %q, want %q", tt.t, got, tt.dmy)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"24/06/2021", date(2021, 6, 24)},
		{"24/6/2021", date(2021, 6, 24)},
		{"5/1/2026", date(2026, 1, 5)},
		{"05/01/2026", date(2026, 1, 5)},
		{"05-01-2026", date(2026, 1, 5)},
		{"05.01.2026", date(2026, 1, 5)},
		{"2021-06-24", date(2021, 6, 24)},
		{"2021/6/24", date(2021, 6, 24)},
		{" 24/06/2021\u00a0", date(2021, 6, 24)},
		{"29/02/2024", date(2024, 2, 29)},
		{"31/12/1999", date(1999, 12, 31)},
		{"04/02/2021", date(2021, 2, 4)},
	}
	for _, tt := range tests {
		got, err := vn.ParseDate(tt.in)
		if err != nil || !got.Equal(tt.want) || got.Location() != time.UTC {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
		if got, err := vn.ParseDate(vn.DMY(tt.want)); err != nil || !got.Equal(tt.want) {
			t.Errorf("ParseDate(DMY(%v)) = %v, %v", tt.want, got, err)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	tests := []struct{ in, says string }{
		{"31/02/2021", "tháng 2 năm 2021 chỉ có 28 ngày"},
		{"29/02/2023", "chỉ có 28 ngày"},
		{"31/04/2021", "tháng 4 năm 2021 chỉ có 30 ngày"},
		{"2021/13/01", "không có tháng 13"},
		{"15/13/2021", "không có tháng 13"},
		{"00/01/2021", "chỉ có 31 ngày"},
		{"", "chưa có ngày"},
		{"   ", "chưa có ngày"},
		{"24/06/21", "ví dụ 24/06/2021"},
		{"24/06-2021", "ví dụ 24/06/2021"},
		{"24062021", "ví dụ 24/06/2021"},
		{"ngày 24", "ví dụ 24/06/2021"},
		{"24/06/2021/1", "ví dụ 24/06/2021"},
		{"124/06/2021", "ví dụ 24/06/2021"},
		{"2021-06-24T00:00:00Z", "ví dụ 24/06/2021"},
		{"24/06/0021", "không có năm 21"},
		{"24/06/0201", "không có năm 201"},
		{"-1/06/2021", "ví dụ 24/06/2021"},
	}
	for _, tt := range tests {
		got, err := vn.ParseDate(tt.in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", tt.in, got)
			continue
		}
		if !errors.Is(err, vn.ErrInvalidDate) {
			t.Errorf("ParseDate(%q) error %v does not wrap ErrInvalidDate", tt.in, err)
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, "ngày không hợp lệ: ") || !strings.Contains(msg, tt.says) {
			t.Errorf("ParseDate(%q) error %q, want it to say %q", tt.in, msg, tt.says)
		}
	}
}

func TestParseBirth(t *testing.T) {
	tests := []struct {
		in       string
		want     time.Time
		yearOnly bool
	}{
		{"1975", date(1975, 1, 1), true},
		{" 1975 ", date(1975, 1, 1), true},
		{"30/04/1975", date(1975, 4, 30), false},
		{"1975-04-30", date(1975, 4, 30), false},
		{"5/1/1960", date(1960, 1, 5), false},
	}
	for _, tt := range tests {
		got, yo, err := vn.ParseBirth(tt.in)
		if err != nil || !got.Equal(tt.want) || yo != tt.yearOnly {
			t.Errorf("ParseBirth(%q) = %v, %v, %v; want %v, %v", tt.in, got, yo, err, tt.want, tt.yearOnly)
		}
	}
	for _, in := range []string{"", "75", "0975", "19755", "31/02/1975", "năm 1975"} {
		if got, yo, err := vn.ParseBirth(in); err == nil || !errors.Is(err, vn.ErrInvalidDate) || yo {
			t.Errorf("ParseBirth(%q) = %v, %v, %v; want an ErrInvalidDate", in, got, yo, err)
		}
	}
}

func TestMoment(t *testing.T) {
	stamp := time.Date(2026, 12, 3, 21, 16, 34, 0, time.UTC)
	want := stamp.Local().Format("15:04") + " ngày " + vn.DMY(stamp.Local())
	if got := vn.Moment(stamp.Format(time.RFC3339)); got != want {
		t.Errorf("Moment = %q, want %q", got, want)
	}
	if got := vn.Moment("hôm qua"); got != "hôm qua" {
		t.Errorf("Moment of a text = %q", got)
	}
}
