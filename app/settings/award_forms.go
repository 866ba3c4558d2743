package settings

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
)

// awardFormSettings lists the award forms with their prize coefficients
// (individual / collective) under each decree.
func awardFormSettings(h Host) fyne.CanvasObject {
	ctx := context.Background()
	var (
		forms   []data.AwardForm
		regimes []award.Regime
		coefs   map[string]award.FormCoefficients   // form + "|" + regime: the row for every issuer
		byLevel map[string][]award.FormCoefficients // form + "|" + regime: the rows for one issuer's level
	)
	load := func() {
		var err error
		var list []award.FormCoefficients
		if forms, err = h.Store().AwardForms(ctx); err == nil {
			if regimes, err = h.Store().Regimes(ctx); err == nil {
				list, err = h.Store().Coefficients(ctx)
			}
		}
		if err != nil {
			tw.ShowError(h.Window(), err)
		}
		coefs, byLevel = map[string]award.FormCoefficients{}, map[string][]award.FormCoefficients{}
		for _, c := range list {
			if c.Issuer != "" {
				byLevel[c.Form+"|"+c.Regime] = append(byLevel[c.Form+"|"+c.Regime], c)
				continue
			}
			coefs[c.Form+"|"+c.Regime] = c
		}
	}
	load()
	show := func(c award.Coefficient) string {
		if c <= 0 {
			return "–"
		}
		return c.String()
	}
	table := widget.NewTableWithHeaders(
		func() (int, int) { return len(forms), 1 + len(regimes) },
		func() fyne.CanvasObject { return widget.NewLabel("Bằng khen của Thủ tướng Chính phủ") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			f := forms[id.Row]
			if id.Col == 0 {
				l.SetText(f.Name)
				return
			}
			c, ok := coefs[f.Name+"|"+regimes[id.Col-1].Code]
			if !ok {
				l.SetText("–")
				return
			}
			text := show(c.Individual) + " / " + show(c.Collective)
			for _, x := range byLevel[f.Name+"|"+regimes[id.Col-1].Code] {
				text += fmt.Sprintf(" (%s: %s / %s)", x.Issuer, show(x.Individual), show(x.Collective))
			}
			l.SetText(text)
		})
	table.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("NĐ 152/2025/NĐ-CP") }
	table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		switch {
		case id.Row < 0 && id.Col == 0:
			l.SetText("Hình thức khen thưởng")
		case id.Row < 0:
			l.SetText("NĐ " + regimes[id.Col-1].Code)
		default:
			l.SetText(fmt.Sprint(id.Row + 1))
		}
	}
	table.SetColumnWidth(0, 330)
	for i := range regimes {
		table.SetColumnWidth(i+1, 230)
	}
	sel := widget.TableCellID{Row: -1}
	table.OnSelected = func(id widget.TableCellID) { sel = id }

	editCoef := func() {
		if sel.Row < 0 || sel.Row >= len(forms) {
			tw.ShowError(h.Window(), fmt.Errorf("hãy chọn một ô hệ số trong bảng (hình thức và nghị định)"))
			return
		}
		f := forms[sel.Row]
		regime := regimes[len(regimes)-1]
		if sel.Col > 0 {
			regime = regimes[sel.Col-1]
		}
		levels := []struct {
			label string
			level award.Level
		}{{"Mọi cấp ban hành", ""}, {"Chủ tịch UBND cấp xã", award.LevelCommune}, {"Chủ tịch UBND cấp huyện", award.LevelDistrict}, {"Chủ tịch UBND cấp tỉnh", award.LevelProvince}}
		labels := make([]string, len(levels))
		for i, l := range levels {
			labels[i] = l.label
		}
		ind, col := tw.NewFormEntry(""), tw.NewFormEntry("")
		ind.SetPlaceHolder("để trống nếu không áp dụng")
		col.SetPlaceHolder("để trống nếu không áp dụng")
		fill := func(lvl award.Level) {
			c := coefs[f.Name+"|"+regime.Code]
			if lvl != "" {
				c = award.FormCoefficients{}
				for _, x := range byLevel[f.Name+"|"+regime.Code] {
					if x.Issuer == lvl {
						c = x
					}
				}
			}
			ind.SetText("")
			col.SetText("")
			if c.Individual > 0 {
				ind.SetText(c.Individual.String())
			}
			if c.Collective > 0 {
				col.SetText(c.Collective.String())
			}
		}
		level := widget.NewSelect(labels, nil)
		chosen := func() award.Level {
			for _, l := range levels {
				if l.label == level.Selected {
					return l.level
				}
			}
			return ""
		}
		level.OnChanged = func(string) { fill(chosen()) }
		level.SetSelected(labels[0])
		household := tw.NewFormEntry("để trống: không thưởng hộ gia đình theo nghị định này")
		if regime.Household > 0 {
			household.SetText(regime.Household.String())
		}
		parse := func(t string) (award.Coefficient, error) {
			if strings.TrimSpace(t) == "" {
				return 0, nil
			}
			return award.ParseCoefficient(t)
		}
		ind.Validator = func(t string) error { _, err := parse(t); return err }
		col.Validator = ind.Validator
		household.Validator = ind.Validator
		d := dialog.NewForm(f.Name+" – NĐ "+regime.Code, "Lưu", "Hủy", []*widget.FormItem{
			widget.NewFormItem("Áp dụng khi quyết định của", level),
			widget.NewFormItem("Hệ số cho cá nhân", ind), widget.NewFormItem("Hệ số cho tập thể", col),
			widget.NewFormItem("Hộ gia đình (số lần mức cá nhân, cả nghị định)", household),
		}, func(ok bool) {
			if !ok {
				return
			}
			i, err1 := parse(ind.Text)
			c, err2 := parse(col.Text)
			hh, err3 := parse(household.Text)
			if err := firstErr(err1, err2, err3); err != nil {
				tw.ShowError(h.Window(), err)
				return
			}
			if err := h.Store().SetCoefficients(ctx, f.ID, regime.Code, chosen(), i, c); err != nil {
				tw.ShowError(h.Window(), err)
				return
			}
			if hh != regime.Household {
				if err := h.Store().SetHousehold(ctx, regime.Code, hh); err != nil {
					tw.ShowError(h.Window(), err)
					return
				}
			}
			load()
			table.Refresh()
		}, h.Window())
		d.Resize(fyne.NewSize(620, 320))
		tw.FormDialogKeys(h.Window(), d, ind, col, household)
		d.Show()
	}
	addForm := func() {
		name, auth := tw.NewFormEntry(""), tw.NewFormEntry("")
		name.Validator = func(t string) error {
			if strings.TrimSpace(t) == "" {
				return fmt.Errorf("cần nhập tên")
			}
			return nil
		}
		d := dialog.NewForm("Thêm hình thức khen thưởng", "Thêm", "Hủy", []*widget.FormItem{
			widget.NewFormItem("Tên *", name), widget.NewFormItem("Thẩm quyền", auth),
		}, func(ok bool) {
			if !ok {
				return
			}
			if _, err := h.Store().AddAwardForm(ctx, name.Text, auth.Text); err != nil {
				tw.ShowError(h.Window(), err)
				return
			}
			load()
			table.Refresh()
		}, h.Window())
		d.Resize(fyne.NewSize(560, 240))
		tw.FormDialogKeys(h.Window(), d, name, auth)
		d.Show()
	}
	h.OnKey("new", addForm)
	note := widget.NewLabel("Hệ số tiền thưởng (cá nhân / tập thể) theo từng nghị định; nghị định có hiệu lực vào ngày ký quyết định được áp dụng. Chọn một ô rồi bấm \"Sửa hệ số\".")
	note.Wrapping = fyne.TextWrapWord
	bar := container.NewHBox(
		widget.NewButtonWithIcon("Sửa hệ số", theme.DocumentCreateIcon(), editCoef),
		widget.NewButtonWithIcon("Thêm hình thức", theme.ContentAddIcon(), addForm))
	return container.NewBorder(container.NewVBox(note, bar), nil, nil, nil, table)
}
