package widget

import (
	"fmt"
	"log"

	"fyne.io/fyne/v2/widget"

	"tdkt/assets"
)

// Structure choices of a ProvincePicker, as the user reads them.
const (
	Structure2Levels = "Hai cấp: tỉnh – xã (từ ngày 01/7/2025, 34 tỉnh, thành phố)"
	Structure3Levels = "Ba cấp: tỉnh – huyện – xã (đến ngày 30/6/2025, 63 tỉnh, thành phố)"
)

// ProvincePicker is a choice of structure (two or three levels) and a
// list of the official provinces of that structure, which follows it.
type ProvincePicker struct {
	Structure *widget.RadioGroup // Structure2Levels or Structure3Levels
	Province  *widget.Select     // "04 – Tỉnh Cao Bằng", ...
	codes     map[string]string  // option text -> GSO code
}

// NewProvincePicker starts on the two-level structure, no province chosen.
func NewProvincePicker() *ProvincePicker {
	p := &ProvincePicker{codes: map[string]string{}}
	p.Province = widget.NewSelect(nil, nil)
	p.Province.PlaceHolder = "Chọn tỉnh, thành phố…"
	p.Structure = widget.NewRadioGroup([]string{Structure2Levels, Structure3Levels}, func(string) { p.fill() })
	p.Structure.SetSelected(Structure2Levels)
	return p
}

func (p *ProvincePicker) source() string {
	if p.Structure.Selected == Structure3Levels {
		return assets.Source202503
	}
	return assets.Source202507
}

func (p *ProvincePicker) fill() {
	provs, err := assets.Provinces(p.source())
	if err != nil {
		log.Printf("province list %s: %v", p.source(), err)
		return
	}
	p.codes = map[string]string{}
	opts := make([]string, len(provs))
	for i, u := range provs {
		opts[i] = fmt.Sprintf("%s – %s", u.Code, u.Name)
		p.codes[opts[i]] = u.Code
	}
	p.Province.ClearSelected()
	p.Province.SetOptions(opts)
}

// Choice is the structure chosen (assets.Source202507 or Source202503)
// and the province's code, "" when none is chosen.
func (p *ProvincePicker) Choice() (source, code string) {
	return p.source(), p.codes[p.Province.Selected]
}
