package app

import (
	"context"
	"errors"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// showError shows an error in Vietnamese with an OK button.
func showError(w fyne.Window, err error) {
	if err == nil {
		return
	}
	msg := widget.NewLabel(err.Error())
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Không thực hiện được", "Đóng", container.NewGridWrap(fyne.NewSize(520, 120), msg), w)
	d.Show()
}

// confirm asks before something destructive; the message names what will be lost.
func confirm(w fyne.Window, title, message, action string, yes func()) {
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(title, action, "Hủy", container.NewGridWrap(fyne.NewSize(460, 90), msg), func(ok bool) {
		if ok {
			yes()
		}
	}, w)
	d.Show()
}

// longJobs counts the jobs runLong has started and not finished (their
// done callback included), so tests can wait for the window to settle.
var longJobs sync.WaitGroup

// Progress reports how far a long job is; fraction < 0 means unknown.
type Progress func(fraction float64, what string)

// runLong runs work off the UI goroutine behind a modal progress dialog
// with a cancel button, then calls done on the UI goroutine with the
// result. A cancelled job returns context.Canceled and done is not told
// of it as an error.
func runLong(w fyne.Window, title string, work func(ctx context.Context, p Progress) error, done func(error)) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	inf := widget.NewProgressBarInfinite()
	what := widget.NewLabel("Đang thực hiện…")
	bars := container.NewStack(inf, bar)
	bar.Hide()
	content := container.NewVBox(what, bars)
	d := dialog.NewCustom(title, "Hủy", container.NewGridWrap(fyne.NewSize(420, 80), content), w)
	finished := false // set on the UI goroutine once the work has ended
	d.SetOnClosed(func() {
		if !finished {
			cancel()
		}
	})
	d.Show()
	report := func(f float64, msg string) {
		fyne.Do(func() {
			if msg != "" {
				what.SetText(msg)
			}
			if f >= 0 {
				inf.Hide()
				inf.Stop()
				bar.Show()
				bar.SetValue(f)
			}
		})
	}
	longJobs.Add(1)
	go func() {
		defer longJobs.Done()
		err := work(ctx, report)
		fyne.Do(func() {
			finished = true
			d.Hide()
			cancel()
			if errors.Is(err, context.Canceled) {
				return
			}
			done(err)
		})
	}()
}
