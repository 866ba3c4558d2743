package widget_test

import (
	"errors"
	"testing"

	"tdkt/data/election"
	"tdkt/data/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tdkt/app/internal/uitest"
	tw "tdkt/app/widget"
)

func TestEditDialog(t *testing.T) {
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(900, 600))
	name := tw.NewFormEntry("Họ và tên")
	seats := tw.NewFormEntry("Số ghế")
	seats.Validator = tw.CountValidator(false)
	var refuse error
	saves, done := 0, 0
	d := tw.NewEditDialog(w, "Sửa", "Lưu", []tw.Field{
		{Name: election.FieldName, Label: "Họ và tên *", Widget: name, Required: true},
		{Name: election.FieldSeats, Label: "Số ghế", Widget: seats},
	}, func() error { saves++; return refuse }, func() { done++ })
	d.Show(fyne.NewSize(600, 0), name)
	if w.Canvas().Focused() != name {
		t.Error("the first field has not the focus")
	}
	// A required field left empty: refused before the store is asked.
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	name.OnSubmitted(name.Text)
	if saves != 0 || !uitest.Shows(w, "Còn ô bắt buộc") {
		t.Errorf("an empty required field was saved (%d saves)", saves)
	}
	// The store's refusal shows beside its field; typing there clears it.
	test.Type(name, "Lê Văn Tám")
	test.Type(seats, "9")
	refuse = &problem.Problem{Field: election.FieldSeats, Rule: problem.Seats, Message: "số ghế phải từ 1 đến 5"}
	test.Tap(uitest.Button(t, w, "Lưu"))
	if saves != 1 || seats.Validate() == nil || !uitest.Shows(w, "số ghế phải từ 1 đến 5") {
		t.Errorf("the refusal is not shown beside the field (%d saves)", saves)
	}
	test.Type(seats, "0")
	if seats.Validate() != nil {
		t.Error("typing does not clear the store's complaint")
	}
	// Problems found as the user types mark their fields.
	d.SetProblems(map[string]string{election.FieldName: "đã được đề nghị"})
	if err := name.Validate(); err == nil || err.Error() != "đã được đề nghị" {
		t.Errorf("name marked %v", err)
	}
	d.SetProblems(nil)
	// Saved: closed, done told.
	refuse = nil
	test.Tap(uitest.Button(t, w, "Lưu"))
	if done != 1 || len(w.Canvas().Overlays().List()) != 0 {
		t.Errorf("a save did not close the dialog (done %d)", done)
	}
	// Esc cancels.
	d.Show(fyne.NewSize(600, 0), name)
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(w.Canvas().Overlays().List()) != 0 {
		t.Error("Esc did not close the dialog")
	}
	// Another error says why under the form, the dialog open.
	d.Show(fyne.NewSize(600, 0), name)
	refuse = errors.New("cơ sở dữ liệu đang bận")
	d.Submit()
	if !uitest.Shows(w, "cơ sở dữ liệu đang bận") || len(w.Canvas().Overlays().List()) == 0 {
		t.Error("a store error closed the dialog or was not shown")
	}
}

func TestParseCount(t *testing.T) {
	for _, c := range []struct {
		in string
		n  int64
		ok bool
	}{{"1.952", 1952, true}, {"1 952", 1952, true}, {"1952", 1952, true}, {"", 0, false}, {"-3", -3, false}, {"12a", 0, false}} {
		n, ok := tw.ParseCount(c.in)
		if ok != c.ok || ok && n != c.n {
			t.Errorf("ParseCount(%q) = %d, %v", c.in, n, ok)
		}
	}
}
