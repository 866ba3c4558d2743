package app

import (
	"testing"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/reports/decisiondocs"
)

func TestCertificateCalibrationIsSaved(t *testing.T) {
	s := newTestShell(t, bacKan)
	s.Select(SecSettings)
	tabs := findAll[*container.AppTabs](s.Win)[0]
	for i, it := range tabs.Items {
		if it.Text == "In Bằng khen" {
			tabs.SelectIndex(i)
		}
	}
	// The first numeric entry is the printer offset to the right, the
	// third is the name's distance from the left edge.
	var entries []*widget.Entry
	for _, e := range findAll[*widget.Entry](s.Win) {
		entries = append(entries, e)
	}
	if len(entries) != 2+6*5 {
		t.Fatalf("%d entries on the calibration tab", len(entries))
	}
	entries[0].SetText("1,5")
	entries[2].SetText("45")
	capture(t, s.Win, "settings-certificate")
	test.Tap(button(t, s.Win, "Lưu (Ctrl+S)"))
	l, err := decisiondocs.CertificateLayout(s.ctx, s.Store)
	if err != nil {
		t.Fatal(err)
	}
	if l.OffsetX != 1.5 || l.Name.X != 45 {
		t.Errorf("saved layout: offset %v, name x %v; want 1.5 and 45", l.OffsetX, l.Name.X)
	}
	// An impossible position is refused and nothing is saved.
	entries[2].SetText("290")
	test.Tap(button(t, s.Win, "Lưu (Ctrl+S)"))
	if l, _ := decisiondocs.CertificateLayout(s.ctx, s.Store); l.Name.X != 45 {
		t.Errorf("a box outside the sheet was saved: x = %v", l.Name.X)
	}
}
