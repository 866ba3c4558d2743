package widget

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// jobs counts the work started with RunLong and Background that has not
// ended, the application of its result on the UI goroutine included, so
// that tests can wait for the window to settle (Wait); pending is the
// same count, readable.
var (
	jobs    sync.WaitGroup
	pending atomic.Int64
)

// queue, when not nil, holds the functions for the UI goroutine until
// Wait runs them (see ApplyInWait).
var queue chan func()

// ApplyInWait makes the results of background work wait for Wait, which
// applies them on the goroutine that calls it. Fyne's test driver has no
// UI goroutine of its own and runs fyne.Do at once on the goroutine that
// calls it: tests call ApplyInWait once, then Wait after each action, as
// the window's event loop would, so that nothing changes the window while
// the test looks at it.
func ApplyInWait() {
	if queue == nil {
		queue = make(chan func())
	}
}

// onUI runs f on the UI goroutine (see ApplyInWait for tests).
func onUI(f func()) {
	if q := queue; q != nil {
		q <- f
		return
	}
	fyne.Do(f)
}

// start counts a job; its last function on the UI goroutine calls end.
func start() {
	jobs.Add(1)
	pending.Add(1)
}

func end() {
	pending.Add(-1)
	jobs.Done()
}

// Wait blocks until every job started with RunLong or Background has
// ended and its result has been applied to the window. Tests call it
// after an action, before they look at the window.
func Wait() {
	if queue == nil {
		jobs.Wait()
		return
	}
	for pending.Load() > 0 {
		(<-queue)()
	}
}

// Progress reports how far a long job is; fraction < 0 means unknown.
type Progress func(fraction float64, what string)

// RunLong runs work off the UI goroutine behind a modal progress dialog
// with a cancel button, then calls done on the UI goroutine with the
// result. A cancelled job returns context.Canceled and done is not told
// of it as an error.
func RunLong(w fyne.Window, title string, work func(ctx context.Context, p Progress) error, done func(error)) {
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
		onUI(func() {
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
	start()
	go func() {
		err := work(ctx, report)
		onUI(func() {
			defer end()
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

// Background runs store work that follows typing or an edit off the UI
// goroutine, so that the window answers the next key at once; the
// function work returns (nil for none) then runs on the UI goroutine to
// show the result.
func Background(work func() (apply func())) {
	start()
	go func() {
		apply := work()
		onUI(func() {
			defer end()
			if apply != nil {
				apply()
			}
		})
	}()
}

// Latest runs Background work for input that changes faster than the
// store answers, such as a search typed letter by letter: only the answer
// to the latest request is applied, an older one that comes later is
// dropped. The zero Latest is ready to use.
type Latest struct {
	asked, answered atomic.Uint64
}

// Run starts work as the latest request; its apply runs only if no
// request was made after it.
func (l *Latest) Run(work func() (apply func())) {
	n := l.asked.Add(1)
	Background(func() func() {
		apply := work()
		return func() {
			if l.asked.Load() != n {
				return // a newer request is on its way
			}
			l.answered.Store(n)
			if apply != nil {
				apply()
			}
		}
	})
}

// Now applies a result that needs no store (the input was cleared, say)
// at once, on the UI goroutine, dropping the answers still on their way.
func (l *Latest) Now(apply func()) {
	l.answered.Store(l.asked.Add(1))
	apply()
}

// Pending reports whether the latest request has not been answered yet.
func (l *Latest) Pending() bool { return l.answered.Load() != l.asked.Load() }
