package widget_test

import (
	"sync"
	"testing"

	"fyne.io/fyne/v2/test"

	tw "tdkt/app/widget"
)

// Only the latest request's answer is applied, whatever the order the
// answers come in; Wait applies them.
func TestLatestDropsOlderAnswers(t *testing.T) {
	tw.ApplyInWait()
	test.NewTempApp(t)
	var l tw.Latest
	var shown []int
	release := make(chan struct{})
	var started sync.WaitGroup
	started.Add(1)
	l.Run(func() func() {
		started.Done()
		<-release // the first answer comes last
		return func() { shown = append(shown, 1) }
	})
	started.Wait()
	l.Run(func() func() { return func() { shown = append(shown, 2) } })
	if !l.Pending() {
		t.Error("no request pending before Wait")
	}
	close(release)
	tw.Wait()
	if len(shown) != 1 || shown[0] != 2 || l.Pending() {
		t.Errorf("applied %v (pending %v), want only the latest", shown, l.Pending())
	}
	l.Run(func() func() { return func() { shown = append(shown, 3) } })
	l.Now(func() { shown = append(shown, 4) })
	tw.Wait()
	if len(shown) != 2 || shown[1] != 4 {
		t.Errorf("applied %v: an answer came after Now", shown)
	}
}

func TestBarChart(t *testing.T) {
	test.NewTempApp(t)
	c := tw.NewBarChart()
	c.Columns, c.LabelWidth = 2, 100
	c.Set("Thang đo", []tw.Bar{{Label: "a", Value: "1", Fraction: 0.5}, {Label: "b", Value: "2", Fraction: 1}, {Label: "c", Value: "0"}})
	if len(c.Bars()) != 3 || c.Note() != "Thang đo" {
		t.Errorf("bars %v, note %q", c.Bars(), c.Note())
	}
	w := test.NewTempWindow(t, c)
	if w.Canvas().Capture() == nil {
		t.Error("the chart does not draw")
	}
}
