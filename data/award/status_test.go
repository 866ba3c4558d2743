package award

import "testing"

func TestCanMove(t *testing.T) {
	allowed := map[[2]Status]bool{
		// Forward one step.
		{Proposed, Verified}:  true,
		{Verified, Submitted}: true,
		{Submitted, Awarded}:  true,
		// Refuse or return from any state that is not final.
		{Proposed, Ineligible}:  true,
		{Verified, Ineligible}:  true,
		{Submitted, Ineligible}: true,
		{Returned, Ineligible}:  true,
		{Proposed, Returned}:    true,
		{Verified, Returned}:    true,
		{Submitted, Returned}:   true,
		// Back from Trả lại.
		{Returned, Proposed}: true,
	}
	for _, from := range Statuses {
		for _, to := range Statuses {
			want := allowed[[2]Status{from, to}]
			if got := CanMove(from, to); got != want {
				t.Errorf("CanMove(%q, %q) = %v, want %v", from, to, got, want)
			}
		}
	}
	for _, tc := range []struct {
		name     string
		from, to Status
	}{
		{"no skipping a step", Proposed, Submitted},
		{"Đã khen only after Trình ký", Verified, Awarded},
		{"Đã khen is final", Awarded, Returned},
		{"Không đủ điều kiện is final", Ineligible, Proposed},
		{"unknown state", "Nháp", Verified},
		{"to an unknown state", Proposed, "Nháp"},
	} {
		if CanMove(tc.from, tc.to) {
			t.Errorf("%s: CanMove(%q, %q) = true", tc.name, tc.from, tc.to)
		}
	}
}

func TestNeedsReason(t *testing.T) {
	for _, s := range Statuses {
		want := s == Ineligible || s == Returned
		if got := NeedsReason(s); got != want {
			t.Errorf("NeedsReason(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestParseStatus(t *testing.T) {
	for in, want := range map[string]Status{
		"Đề nghị": Proposed, "de nghi": Proposed, "ĐÃ THẨM ĐỊNH": Verified, "trinh ky": Submitted,
		"Đã khen": Awarded, "khong du dieu kien": Ineligible, "Trả lại": Returned,
	} {
		if got, ok := ParseStatus(in); !ok || got != want {
			t.Errorf("ParseStatus(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := ParseStatus("Nháp"); ok {
		t.Error("ParseStatus(Nháp) = ok")
	}
}

func TestSetByHand(t *testing.T) {
	for _, st := range Statuses {
		if got := SetByHand(st); got != (st != Awarded) {
			t.Errorf("SetByHand(%s) = %v", st, got)
		}
	}
}
