package elections

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/problem"
	"tdkt/data/vn"
)

// newRoundTable lists a constituency's candidates with their votes in
// each of its two rounds side by side, and the combined result.
func newRoundTable(t *resultsTab) *tw.Table {
	votes := func(rr data.RoundResult, id int64) string {
		for _, k := range rr.Ranked {
			if k.ID == id {
				return fmt.Sprintf("%s (%s)", vn.Int(k.Votes), election.FormatPercent(k.Percent))
			}
		}
		return "–"
	}
	return tw.NewTable([]tw.Column{
		{Title: "Họ và tên", Width: colWidth("Họ và tên", "Nguyễn Thị Thu Hương")},
		{Title: "Lần đầu", Width: colWidth("Lần đầu", "123.456 (100,00%)"), Right: true},
		{Title: "Bầu thêm / bầu lại", Width: colWidth("Bầu thêm / bầu lại", "123.456 (100,00%)"), Right: true},
		{Title: "Kết quả", Width: colWidth("Kết quả", "Trúng cử (bầu thêm)")},
	}, func(r, c int) string {
		x := t.cur
		k := x.Ranked[r]
		switch c {
		case 0:
			return k.Name
		case 1:
			return votes(x.Rounds[0], k.ID)
		case 2:
			return votes(x.Rounds[1], k.ID)
		}
		if !k.Elected {
			return ""
		}
		for _, w := range x.Rounds[0].Ranked {
			if w.ID == k.ID && w.Elected && x.Round == election.Additional {
				return "Trúng cử (lần đầu)"
			}
		}
		return "Trúng cử (" + strings.ToLower(x.Round.Word()) + ")"
	}, nil)
}

// roundsHead shows the rounds of a constituency side by side: each with
// its figures and its own outcome.
func roundsHead(c data.ConstituencyResult) fyne.CanvasObject {
	cols := make([]fyne.CanvasObject, len(c.Rounds))
	for i, rr := range c.Rounds {
		title := tw.Bold(fmt.Sprintf("%s – %s, trúng cử %d", rr.Round.Word(), data.StatusLabel(rr.Status), rr.Elected))
		title.Importance = statusImportance(rr.Status)
		figures := tw.Wrapped(fmt.Sprintf("%s cử tri, %s đi bầu (%s) · hợp lệ %s, không hợp lệ %s · biên bản %d/%d",
			vn.Int(rr.Voters), vn.Int(rr.Voted), election.FormatPercent(rr.Turnout), vn.Int(rr.Valid), vn.Int(rr.Invalid), rr.Tallied, rr.Areas))
		cols[i] = container.NewVBox(title, figures)
	}
	return container.NewGridWithColumns(len(cols), cols...)
}

// roundActions are what the law lets the officer record next for the
// constituency: its bầu thêm or bầu lại, an annulment of its first round,
// or removing a second round recorded by mistake. Nothing once the
// election is locked.
func (t *resultsTab) roundActions(c data.ConstituencyResult) fyne.CanvasObject {
	v := t.v
	if v.cur.Locked() {
		return nil
	}
	box := container.NewHBox()
	first := c.Rounds[0]
	switch sr := c.SecondRound; {
	case sr != nil:
		what := sr.Kind.Word()
		if sr.Annulled() {
			what += " (kết quả lần đầu đã bị hủy: " + sr.Annulment.Reason + ")"
		}
		note := tw.Wrapped(fmt.Sprintf("Đã ghi %s. Nhập biên bản ở thẻ Khu vực bỏ phiếu, kiểm phiếu, chọn Lần bầu: %s.", strings.ToLower(what), sr.Kind.Word()))
		del := widget.NewButtonWithIcon("Xóa lần bầu thứ hai…", theme.DeleteIcon(), func() { t.deleteRound(c) })
		return container.NewBorder(nil, nil, nil, del, note)
	case first.Status == election.StatusAdditional:
		box.Add(widget.NewButtonWithIcon("Ghi bầu thêm…", theme.ContentAddIcon(), func() { t.startRound(c, election.Additional, false) }))
	case first.Status == election.StatusRepeat:
		box.Add(widget.NewButtonWithIcon("Ghi bầu lại…", theme.ContentAddIcon(), func() { t.startRound(c, election.Repeat, false) }))
	}
	if c.SecondRound == nil && first.Status != election.StatusIncomplete {
		box.Add(widget.NewButtonWithIcon("Hủy kết quả, bầu lại…", theme.CancelIcon(), func() { t.startRound(c, election.Repeat, true) }))
	}
	if len(box.Objects) == 0 {
		return nil
	}
	return box
}

// startRound records the constituency's bầu thêm or bầu lại, asking its
// polling day and, for an annulment, its reason and decision.
func (t *resultsTab) startRound(c data.ConstituencyResult, kind election.Round, annul bool) {
	v := t.v
	day := tw.NewFormEntry("dd/mm/yyyy")
	fields := []tw.Field{{Name: "day", Label: "Ngày " + strings.ToLower(kind.Word()), Widget: day,
		Hint: fmt.Sprintf("Chậm nhất %d ngày sau ngày bầu cử (Điều 79, 80 Luật Bầu cử); để trống nếu chưa ấn định", election.RoundDeadlineDays(v.cur.PollingDay))}}
	reason := tw.NewFormEntry("ví dụ: vi phạm pháp luật nghiêm trọng tại khu vực bỏ phiếu số 3")
	decision := tw.NewFormEntry("ví dụ: Nghị quyết số 12/NQ-HĐBCQG ngày 27/5/2021")
	title := fmt.Sprintf("%s – %s", kind.Word(), c.Label())
	if annul {
		title = "Hủy kết quả bầu cử, bầu lại – " + c.Label()
		fields = append([]tw.Field{
			{Name: "reason", Label: "Lý do hủy *", Widget: reason, Required: true},
			{Name: "decision", Label: "Văn bản hủy kết quả *", Widget: decision, Required: true,
				Hint: "Hội đồng bầu cử quốc gia hủy kết quả bầu cử ở đơn vị có vi phạm pháp luật nghiêm trọng và quyết định ngày bầu lại (Điều 80)"},
		}, fields...)
	}
	d := tw.NewEditDialog(v.h.Window(), title, "Ghi", fields, func() error {
		var at time.Time
		if strings.TrimSpace(day.Text) != "" {
			var err error
			if at, err = vn.ParseDate(day.Text); err != nil {
				return &problem.Problem{Field: "day", Rule: problem.Date, Message: err.Error()}
			}
		}
		r := data.SecondRound{ConstituencyID: c.ID, Kind: kind, Day: at}
		if annul {
			r.Annulment = election.Annulment{Reason: reason.Text, Decision: decision.Text}
		}
		_, err := v.h.Store().StartRound(v.ctx, r)
		return err
	}, func() {
		v.refresh(func() { v.h.SetStatus(fmt.Sprintf("Đã ghi %s ở %s", strings.ToLower(kind.Word()), c.Label())) })
	})
	first := fyne.Focusable(day)
	if annul {
		first = reason
	}
	d.Show(fyne.NewSize(720, 0), first)
}

// deleteRound removes the constituency's second round with its minutes.
func (t *resultsTab) deleteRound(c data.ConstituencyResult) {
	v := t.v
	sr := c.SecondRound
	n := 0
	if len(c.Rounds) > 1 {
		n = c.Rounds[1].Tallied
	}
	tw.Confirm(v.h.Window(), "Xóa lần bầu thứ hai",
		fmt.Sprintf("Xóa %s của %s cùng %d biên bản kiểm phiếu của nó?", strings.ToLower(sr.Kind.Word()), c.Label(), n), "Xóa", func() {
			if err := v.h.Store().DeleteRound(v.ctx, c.ID); err != nil {
				tw.ShowError(v.h.Window(), err)
				return
			}
			v.refresh(func() { v.h.SetStatus("Đã xóa " + strings.ToLower(sr.Kind.Word()) + " của " + c.Label()) })
		})
}
