package settings

import (
	"context"
	"fmt"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// agencySettings is the agency's details, as decisions print them, and
// the signer's defaults.
func agencySettings(h Host) fyne.CanvasObject {
	ctx := context.Background()
	st, err := h.Store().Settings(ctx)
	if err != nil {
		tw.ShowError(h.Window(), err)
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
	issuer := entry(st.IssuerUnit, "mã đơn vị: 06 (một tỉnh), 01891 (một xã); để trống: tỉnh của mình")
	issuerName := widget.NewLabel("")
	var lookup tw.Latest
	showIssuer := func(code string) {
		lookup.Run(func() func() {
			var text string
			if code == "" {
				if lvl, err := h.Store().IssuerLevel(ctx); err == nil && lvl != "" {
					text = "Tỉnh của mình – thẩm quyền của " + lvl.Chairman()
				}
			} else if u, err := h.Store().UnitByCode(ctx, st.Structure, code); err != nil {
				text = "Không có đơn vị mã " + code + " trong cây đơn vị hành chính"
			} else {
				text = u.Name
			}
			return func() { issuerName.SetText(text) }
		})
	}
	showIssuer(st.IssuerUnit)
	issuer.OnChanged = func(s string) { showIssuer(vn.Clean(s)) }
	roundings := []string{"Lên hàng chục nghìn đồng (mặc định)", "Đến hàng chục nghìn đồng gần nhất"}
	rounding := widget.NewSelect(roundings, nil)
	if st.Rounding == award.RoundNearest {
		rounding.SetSelected(roundings[1])
	} else {
		rounding.SetSelected(roundings[0])
	}

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
		widget.NewFormItem("Đơn vị ban hành (thẩm quyền)", container.NewVBox(issuer, issuerName)),
		widget.NewFormItem("Làm tròn tiền thưởng", rounding),
	)
	save := func() {
		st.ParentBody, st.Agency, st.AgencyShort, st.Place = parent.Text, agency.Text, short.Text, place.Text
		st.Authority, st.Proposer, st.SignerName, st.SignerTitle = authority.Text, proposer.Text, signer.Text, title.Selected
		st.SignerFor = ""
		if forWhom.Selected != "(ký trực tiếp)" {
			st.SignerFor = forWhom.Selected
		}
		st.FontDir = fontDir.Text
		st.IssuerUnit = vn.Clean(issuer.Text)
		st.Rounding = award.RoundUp
		if rounding.Selected == roundings[1] {
			st.Rounding = award.RoundNearest
		}
		if err := h.Store().SaveSettings(ctx, st); err != nil {
			tw.ShowError(h.Window(), err)
			return
		}
		h.SetStatus("Đã lưu cài đặt")
	}
	saveBtn := widget.NewButtonWithIcon("Lưu (Ctrl+S)", theme.DocumentSaveIcon(), save)
	saveBtn.Importance = widget.HighImportance
	h.OnKey("save", save)

	where := "Chưa chọn tỉnh"
	if st.ProvinceCode != "" {
		if u, err := h.Store().UnitByCode(ctx, st.Structure, st.ProvinceCode); err != nil {
			log.Printf("settings: province %s: %v", st.ProvinceCode, err)
		} else {
			where = fmt.Sprintf("%s (mã %s), cơ cấu %s", u.Name, u.Code, st.Structure)
		}
	}
	info := widget.NewLabel("Tỉnh, thành phố: " + where)
	// The save button stays in view below the form, which scrolls.
	return container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), saveBtn), nil, nil,
		container.NewVScroll(container.NewPadded(container.NewVBox(info, form))))
}
