package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// settingsScreen: the agency's details and signer defaults, the base
// salary table and the award forms with their coefficients per decree.
func settingsScreen(s *Shell) fyne.CanvasObject {
	// Each tab registers its own shortcuts; they apply while it is shown.
	keys := map[*container.TabItem]map[string]func(){}
	tab := func(title string, build func(*Shell) fyne.CanvasObject) *container.TabItem {
		s.keys = map[string]func(){}
		t := container.NewTabItem(title, build(s))
		keys[t] = s.keys
		return t
	}
	tabs := container.NewAppTabs(
		tab("Cơ quan và người ký", agencySettings),
		tab("Lương cơ sở", salarySettings),
		tab("Hình thức khen thưởng", awardFormSettings),
		tab("In Bằng khen", certificateSettings),
		tab("Sao lưu", backupSettings),
	)
	tabs.OnSelected = func(t *container.TabItem) { s.keys = keys[t] }
	s.keys = keys[tabs.Items[0]]
	return screen("Cài đặt", nil, tabs)
}

func agencySettings(s *Shell) fyne.CanvasObject {
	st, err := s.Store.Settings(s.ctx)
	if err != nil {
		s.ShowError(err)
	}
	entry := func(v, placeholder string) *widget.Entry {
		e := widget.NewEntry()
		e.SetText(v)
		e.SetPlaceHolder(placeholder)
		return e
	}
	parent := entry(st.ParentBody, "để trống nếu cơ quan ban hành là UBND; ví dụ: UBND TỈNH BẮC KẠN")
	agency := entry(st.Agency, "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")
	short := entry(st.AgencyShort, "UBND")
	place := entry(st.Place, "Bắc Kạn")
	authority := entry(st.Authority, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")
	proposer := entry(st.Proposer, "Giám đốc Sở Nội vụ")
	signer := entry(st.SignerName, "Họ và tên người ký")
	title := widget.NewSelect([]string{"CHỦ TỊCH", "PHÓ CHỦ TỊCH"}, nil)
	title.SetSelected(st.SignerTitle)
	forWhom := widget.NewSelect([]string{"(ký trực tiếp)", "KT. CHỦ TỊCH"}, nil)
	if st.SignerFor == "" {
		forWhom.SetSelected("(ký trực tiếp)")
	} else {
		forWhom.SetSelected(st.SignerFor)
	}
	fontDir := entry(st.FontDir, "để trống: thư mục phông chữ của hệ thống (C:\\Windows\\Fonts)")

	form := widget.NewForm(
		widget.NewFormItem("Cơ quan chủ quản", parent),
		widget.NewFormItem("Cơ quan ban hành", agency),
		widget.NewFormItem("Chữ viết tắt trong số văn bản", short),
		widget.NewFormItem("Địa danh ghi ngày tháng", place),
		widget.NewFormItem("Thẩm quyền ban hành", authority),
		widget.NewFormItem("Theo đề nghị của", proposer),
		widget.NewFormItem("Người ký", signer),
		widget.NewFormItem("Chức vụ người ký", title),
		widget.NewFormItem("Ký thay", forWhom),
		widget.NewFormItem("Thư mục phông Times New Roman", fontDir),
	)
	save := func() {
		st.ParentBody, st.Agency, st.AgencyShort, st.Place = parent.Text, agency.Text, short.Text, place.Text
		st.Authority, st.Proposer, st.SignerName, st.SignerTitle = authority.Text, proposer.Text, signer.Text, title.Selected
		st.SignerFor = ""
		if forWhom.Selected != "(ký trực tiếp)" {
			st.SignerFor = forWhom.Selected
		}
		st.FontDir = fontDir.Text
		if err := s.Store.SaveSettings(s.ctx, st); err != nil {
			s.ShowError(err)
			return
		}
		s.SetStatus("Đã lưu cài đặt")
	}
	form.SubmitText = "Lưu (Ctrl+S)"
	form.OnSubmit = save
	s.OnKey("save", save)

	where := "Chưa chọn tỉnh"
	if st.ProvinceCode != "" {
		if u, err := s.Store.UnitByCode(s.ctx, st.Structure, st.ProvinceCode); err == nil {
			where = fmt.Sprintf("%s (mã %s), cơ cấu %s", u.Name, u.Code, st.Structure)
		}
	}
	info := widget.NewLabel("Tỉnh, thành phố: " + where)
	return container.NewVScroll(container.NewPadded(container.NewVBox(info, form)))
}

func salarySettings(s *Shell) fyne.CanvasObject {
	var rows []award.BaseSalary
	load := func() {
		var err error
		if rows, err = s.Store.BaseSalaries(s.ctx); err != nil {
			s.ShowError(err)
		}
	}
	load()
	table := widget.NewTableWithHeaders(
		func() (int, int) { return len(rows), 2 },
		func() fyne.CanvasObject { return widget.NewLabel("01/07/2024 2.340.000") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			r := rows[id.Row]
			if id.Col == 0 {
				l.SetText(vn.DMY(r.From))
				l.Alignment = fyne.TextAlignLeading
			} else {
				l.SetText(vn.Int(r.Amount))
				l.Alignment = fyne.TextAlignTrailing
			}
		})
	table.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("Mức lương cơ sở (đồng)") }
	table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		switch {
		case id.Row < 0 && id.Col == 0:
			l.SetText("Áp dụng từ ngày")
		case id.Row < 0:
			l.SetText("Mức lương cơ sở (đồng)")
		default:
			l.SetText(fmt.Sprint(id.Row + 1))
		}
	}
	table.SetColumnWidth(0, 200)
	table.SetColumnWidth(1, 240)
	selected := -1
	table.OnSelected = func(id widget.TableCellID) { selected = id.Row }

	edit := func(from time.Time, amount int64) {
		date := widget.NewEntry()
		date.SetPlaceHolder("dd/mm/yyyy")
		money := widget.NewEntry()
		money.SetPlaceHolder("ví dụ: 2.340.000")
		if !from.IsZero() {
			date.SetText(vn.DMY(from))
			money.SetText(vn.Int(amount))
		}
		date.Validator = func(t string) error { _, err := vn.ParseDate(t); return err }
		money.Validator = func(t string) error { _, err := vn.ParseMoney(t); return err }
		d := dialog.NewForm("Mức lương cơ sở", "Lưu", "Hủy", []*widget.FormItem{
			widget.NewFormItem("Áp dụng từ ngày *", date), widget.NewFormItem("Mức (đồng) *", money),
		}, func(ok bool) {
			if !ok {
				return
			}
			day, err1 := vn.ParseDate(date.Text)
			amt, err2 := vn.ParseMoney(money.Text)
			if err1 != nil || err2 != nil {
				s.ShowError(fmt.Errorf("dữ liệu không hợp lệ: %v", firstErr(err1, err2)))
				return
			}
			if err := s.Store.SetBaseSalary(s.ctx, day, amt); err != nil {
				s.ShowError(err)
				return
			}
			load()
			table.Refresh()
			s.SetStatus("Đã lưu mức lương cơ sở từ ngày " + vn.DMY(day))
		}, s.Win)
		d.Resize(fyne.NewSize(460, 240))
		d.Show()
	}
	add := widget.NewButtonWithIcon("Thêm mức mới", theme.ContentAddIcon(), func() { edit(time.Time{}, 0) })
	change := widget.NewButtonWithIcon("Sửa", theme.DocumentCreateIcon(), func() {
		if selected >= 0 && selected < len(rows) {
			edit(rows[selected].From, rows[selected].Amount)
		}
	})
	del := widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), func() {
		if selected < 0 || selected >= len(rows) {
			return
		}
		r := rows[selected]
		confirm(s.Win, "Xóa mức lương cơ sở", fmt.Sprintf("Xóa mức %s đồng áp dụng từ ngày %s? Tiền thưởng của các quyết định từ ngày đó sẽ tính theo mức trước đó.", vn.Int(r.Amount), vn.DMY(r.From)), "Xóa", func() {
			if err := s.Store.DeleteBaseSalary(s.ctx, r.From); err != nil {
				s.ShowError(err)
				return
			}
			selected = -1
			table.UnselectAll()
			load()
			table.Refresh()
		})
	})
	s.OnKey("new", func() { edit(time.Time{}, 0) })
	note := widget.NewLabel("Tiền thưởng = hệ số × mức lương cơ sở áp dụng vào ngày ký quyết định, làm tròn lên hàng chục nghìn đồng.")
	note.Wrapping = fyne.TextWrapWord
	return container.NewBorder(container.NewVBox(note, container.NewHBox(add, change, del)), nil, nil, nil, table)
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func awardFormSettings(s *Shell) fyne.CanvasObject {
	var (
		forms   []data.AwardForm
		regimes []award.Regime
		coefs   map[string]award.FormCoefficients // form + "|" + regime
	)
	load := func() {
		var err error
		var list []award.FormCoefficients
		if forms, err = s.Store.AwardForms(s.ctx); err == nil {
			if regimes, err = s.Store.Regimes(s.ctx); err == nil {
				list, err = s.Store.Coefficients(s.ctx)
			}
		}
		if err != nil {
			s.ShowError(err)
		}
		coefs = map[string]award.FormCoefficients{}
		for _, c := range list {
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
			l.SetText(show(c.Individual) + " / " + show(c.Collective))
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
		table.SetColumnWidth(i+1, 190)
	}
	sel := widget.TableCellID{Row: -1}
	table.OnSelected = func(id widget.TableCellID) { sel = id }

	editCoef := func() {
		if sel.Row < 0 || sel.Row >= len(forms) {
			s.ShowError(fmt.Errorf("hãy chọn một ô hệ số trong bảng (hình thức và nghị định)"))
			return
		}
		f := forms[sel.Row]
		regime := regimes[len(regimes)-1]
		if sel.Col > 0 {
			regime = regimes[sel.Col-1]
		}
		c := coefs[f.Name+"|"+regime.Code]
		ind, col := widget.NewEntry(), widget.NewEntry()
		ind.SetPlaceHolder("để trống nếu không áp dụng")
		col.SetPlaceHolder("để trống nếu không áp dụng")
		if c.Individual > 0 {
			ind.SetText(c.Individual.String())
		}
		if c.Collective > 0 {
			col.SetText(c.Collective.String())
		}
		parse := func(t string) (award.Coefficient, error) {
			if strings.TrimSpace(t) == "" {
				return 0, nil
			}
			return award.ParseCoefficient(t)
		}
		ind.Validator = func(t string) error { _, err := parse(t); return err }
		col.Validator = ind.Validator
		d := dialog.NewForm(f.Name+" – NĐ "+regime.Code, "Lưu", "Hủy", []*widget.FormItem{
			widget.NewFormItem("Hệ số cho cá nhân", ind), widget.NewFormItem("Hệ số cho tập thể", col),
		}, func(ok bool) {
			if !ok {
				return
			}
			i, err1 := parse(ind.Text)
			c, err2 := parse(col.Text)
			if err := firstErr(err1, err2); err != nil {
				s.ShowError(err)
				return
			}
			if err := s.Store.SetCoefficients(s.ctx, f.ID, regime.Code, i, c); err != nil {
				s.ShowError(err)
				return
			}
			load()
			table.Refresh()
		}, s.Win)
		d.Resize(fyne.NewSize(520, 240))
		d.Show()
	}
	addForm := func() {
		name, auth := widget.NewEntry(), widget.NewEntry()
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
			if _, err := s.Store.AddAwardForm(s.ctx, name.Text, auth.Text); err != nil {
				s.ShowError(err)
				return
			}
			load()
			table.Refresh()
		}, s.Win)
		d.Resize(fyne.NewSize(560, 240))
		d.Show()
	}
	s.OnKey("new", addForm)
	note := widget.NewLabel("Hệ số tiền thưởng (cá nhân / tập thể) theo từng nghị định; nghị định có hiệu lực vào ngày ký quyết định được áp dụng. Chọn một ô rồi bấm \"Sửa hệ số\".")
	note.Wrapping = fyne.TextWrapWord
	bar := container.NewHBox(
		widget.NewButtonWithIcon("Sửa hệ số", theme.DocumentCreateIcon(), editCoef),
		widget.NewButtonWithIcon("Thêm hình thức", theme.ContentAddIcon(), addForm))
	return container.NewBorder(container.NewVBox(note, bar), nil, nil, nil, table)
}
