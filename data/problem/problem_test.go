package problem

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	for _, tc := range []struct {
		p    Problem
		want string
	}{
		{Problem{File: "kiemphieu.xlsx", Sheet: "Kiểm phiếu", Row: 5, Column: "Số phiếu hợp lệ", Cell: "F5", Rule: ValidInvalidSum, Message: "Số phiếu hợp lệ (600) + …"},
			`kiemphieu.xlsx, sheet "Kiểm phiếu", dòng 5, cột "Số phiếu hợp lệ" (F5): Số phiếu hợp lệ (600) + … [valid_invalid_sum]`},
		{Problem{File: "a.xlsx", Sheet: "Đợt thi đua", Rule: Header, Message: "thiếu cột"}, `a.xlsx, sheet "Đợt thi đua": thiếu cột [header]`},
		{Problem{Row: 3, Rule: Required, Message: "thiếu họ và tên"}, `dòng 3: thiếu họ và tên [required]`},
		{New("seats", Seats, "Số đại biểu phải từ 1 đến %d", 3), `Số đại biểu phải từ 1 đến 3 [seats]`},
		{Problem{Row: 7, Warning: true, Rule: PossibleDuplicateInBatch, Message: "có thể trùng với dòng 5"},
			`dòng 7: Cảnh báo: có thể trùng với dòng 5 [possible_duplicate_in_batch]`},
	} {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("String() = %q, want %q", got, tc.want)
		}
	}
}

func TestListError(t *testing.T) {
	ps := List{{Row: 2, Rule: Required, Message: "a"}, {Row: 3, Rule: Kind, Message: "b"}}
	msg := ps.Error()
	for _, want := range []string{"không có gì được ghi: 2 lỗi", "\n  dòng 2: a [required]", "\n  dòng 3: b [kind]"} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q lacks %q", msg, want)
		}
	}
	if (List{}).Err() != nil || ps.Err() == nil {
		t.Error("Err: nil exactly when the list is empty")
	}
}

// Warnings travel in the same list as problems but never refuse.
func TestWarnings(t *testing.T) {
	w := NewWarning("name", PossibleDuplicateInBatch, "có thể trùng")
	e := New("name", Required, "thiếu tên")
	if !w.Warning || e.Warning {
		t.Fatal("NewWarning / New")
	}
	mixed := List{w, e, w}
	if got := mixed.Errors(); len(got) != 1 || got[0].Warning {
		t.Errorf("Errors = %v", got)
	}
	if got := mixed.Warnings(); len(got) != 2 || !got[0].Warning {
		t.Errorf("Warnings = %v", got)
	}
	if err := mixed.Err(); err == nil || !strings.Contains(err.Error(), "1 lỗi") || strings.Contains(err.Error(), "Cảnh báo") {
		t.Errorf("Err of a mixed list = %v", err)
	}
	only := List{w, w}
	if only.Err() != nil || only.Errors() != nil || len(only.Warnings()) != 2 {
		t.Errorf("a list of warnings refuses: %v", only.Err())
	}
	if len((List{e}).Errors()) != 1 || (List{e}).Warnings() != nil {
		t.Error("a list of errors")
	}
}

func TestOf(t *testing.T) {
	one := New("name", Required, "thiếu tên")
	for _, tc := range []struct {
		name string
		err  error
		n    int
		ok   bool
	}{
		{"list", List{one, one}, 2, true},
		{"wrapped list", fmt.Errorf("nhập: %w", List{one}), 1, true},
		{"problem", one, 1, true},
		{"pointer", &one, 1, true},
		{"wrapped pointer", fmt.Errorf("x: %w", &one), 1, true},
		{"other", errors.New("disk full"), 0, false},
		{"nil", nil, 0, false},
	} {
		ps, ok := Of(tc.err)
		if ok != tc.ok || len(ps) != tc.n {
			t.Errorf("%s: Of = %v, %v; want %d problems, %v", tc.name, ps, ok, tc.n, tc.ok)
		}
		if ok && ps[0].Rule != Required {
			t.Errorf("%s: rule %q", tc.name, ps[0].Rule)
		}
	}
}

func TestSort(t *testing.T) {
	ps := List{{Sheet: "B", Row: 2}, {Part: 1, Row: 1}, {Sheet: "A", Row: 9}, {Sheet: "B", Row: 1}}
	rank := map[string]int{"A": 1, "B": 2}
	ps.Sort(func(s string) int { return rank[s] })
	var got []string
	for _, p := range ps {
		got = append(got, fmt.Sprintf("%d%s%d", p.Part, p.Sheet, p.Row))
	}
	if strings.Join(got, " ") != "0A9 0B1 0B2 11" {
		t.Errorf("sorted: %v", got)
	}
}
