package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tdkt/assets"
)

// Structure choices, as the welcome screen words them.
const (
	structure2Levels = "Hai cấp: tỉnh – xã (từ ngày 01/7/2025, 34 tỉnh, thành phố)"
	structure3Levels = "Ba cấp: tỉnh – huyện – xã (đến ngày 30/6/2025, 63 tỉnh, thành phố)"
)

// provincePicker is a structure choice and a province list that follows it.
type provincePicker struct {
	structure *widget.RadioGroup
	province  *widget.Select
	codes     map[string]string // option text -> GSO code
}

func newProvincePicker() *provincePicker {
	p := &provincePicker{codes: map[string]string{}}
	p.province = widget.NewSelect(nil, nil)
	p.province.PlaceHolder = "Chọn tỉnh, thành phố…"
	p.structure = widget.NewRadioGroup([]string{structure2Levels, structure3Levels}, func(string) { p.fill() })
	p.structure.SetSelected(structure2Levels)
	return p
}

func (p *provincePicker) source() string {
	if p.structure.Selected == structure3Levels {
		return assets.Source202503
	}
	return assets.Source202507
}

func (p *provincePicker) fill() {
	provs, err := assets.Provinces(p.source())
	if err != nil {
		return
	}
	p.codes = map[string]string{}
	opts := make([]string, len(provs))
	for i, u := range provs {
		opts[i] = fmt.Sprintf("%s – %s", u.Code, u.Name)
		p.codes[opts[i]] = u.Code
	}
	p.province.ClearSelected()
	p.province.SetOptions(opts)
}

// choice is the chosen structure and province code ("" when none chosen).
func (p *provincePicker) choice() (source, code string) {
	return p.source(), p.codes[p.province.Selected]
}

// loadProvince builds a province in the background and then opens the unit
// screen. own: it is the user's own province, whose details fill the settings.
func (s *Shell) loadProvince(source, code string, own bool) {
	runLong(s.Win, "Tạo cây đơn vị hành chính", func(ctx context.Context, p Progress) error {
		p(-1, "Đang tạo các đơn vị hành chính từ danh mục chính thức…")
		var err error
		if own {
			_, err = s.Store.SetupProvince(ctx, source, code)
		} else {
			_, err = s.Store.LoadOfficial(ctx, source, code)
		}
		return err
	}, func(err error) {
		if err != nil {
			s.ShowError(err)
			return
		}
		s.nav.UnselectAll()
		s.nav.Select(SecUnits)
	})
}

// showWelcome is the first screen on an empty database: build the user's
// province from the official list, or load a sample to look around.
func (s *Shell) showWelcome() {
	s.nav.UnselectAll()
	s.setBody(s.welcome())
}

func (s *Shell) welcome() fyne.CanvasObject {
	intro := widget.NewLabel("tdkt giúp Sở Nội vụ, Phòng Nội vụ và UBND cấp xã quản lý đơn vị bầu cử, khu vực bỏ phiếu, " +
		"kết quả bầu cử; đợt thi đua, danh sách đề nghị khen thưởng, quyết định khen thưởng và báo cáo gửi cấp trên.\n\n" +
		"Để bắt đầu, hãy tạo cây đơn vị hành chính của tỉnh mình từ danh mục chính thức của cơ quan thống kê, " +
		"hoặc tải dữ liệu mẫu để xem thử.")
	intro.Wrapping = fyne.TextWrapWord

	picker := newProvincePicker()
	build := widget.NewButton("Tạo cây đơn vị hành chính", nil)
	build.Importance = widget.HighImportance
	build.Disable()
	picker.province.OnChanged = func(string) {
		if _, code := picker.choice(); code != "" {
			build.Enable()
		} else {
			build.Disable()
		}
	}
	build.OnTapped = func() {
		source, code := picker.choice()
		if code != "" {
			s.loadProvince(source, code, true)
		}
	}
	own := widget.NewCard("Tỉnh, thành phố của bạn", "Chọn cơ cấu đơn vị hành chính và tỉnh, thành phố",
		container.NewVBox(picker.structure, picker.province, container.NewHBox(build)))

	sampleBox := container.NewVBox()
	for _, sm := range samples {
		sm := sm
		sampleBox.Add(container.NewHBox(widget.NewButton(sm.title, func() { s.loadSample(sm) })))
	}
	if len(samples) == 0 {
		sampleBox.Add(container.NewHBox(widget.NewButton("Tải dữ liệu mẫu: tỉnh Bắc Kạn (ba cấp, 2021)", func() {
			s.loadProvince(assets.Source202503, "06", true)
		})))
	}
	sample := widget.NewCard("Dữ liệu mẫu", "Để xem thử chương trình trước khi nhập dữ liệu thật", sampleBox)

	return screen("Chào mừng đến với tdkt", nil,
		container.NewVScroll(container.NewPadded(container.NewVBox(intro, own, sample))))
}

// loadSample loads a sample in the background, then opens the unit screen.
func (s *Shell) loadSample(sm sampleData) {
	runLong(s.Win, "Tải dữ liệu mẫu", func(ctx context.Context, p Progress) error {
		p(-1, "Đang tải "+sm.title+"…")
		return sm.load(ctx, s.Store, p)
	}, func(err error) {
		if err != nil {
			s.ShowError(err)
			return
		}
		s.nav.UnselectAll()
		s.nav.Select(SecUnits)
	})
}
