package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
)

// loadProvince builds the user's province from the official list in the
// background, its details filling the settings, then opens the unit
// screen.
func (s *Shell) loadProvince(source, code string) {
	st := s.store
	tw.RunLong(s.Win, "Tạo cây đơn vị hành chính", func(ctx context.Context, p tw.Progress) error {
		p(-1, "Đang tạo các đơn vị hành chính từ danh mục chính thức…")
		_, err := st.SetupProvince(ctx, source, code)
		return err
	}, func(err error) {
		if err != nil {
			s.showError(err)
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
	intro := tw.Wrapped("tdkt giúp Sở Nội vụ, Phòng Nội vụ và UBND cấp xã quản lý đơn vị bầu cử, khu vực bỏ phiếu, " +
		"kết quả bầu cử; đợt thi đua, danh sách đề nghị khen thưởng, quyết định khen thưởng và báo cáo gửi cấp trên.\n\n" +
		"Để bắt đầu, hãy tạo cây đơn vị hành chính của tỉnh mình từ danh mục chính thức của cơ quan thống kê, " +
		"hoặc tải dữ liệu mẫu để xem thử.")

	picker := tw.NewProvincePicker()
	build := widget.NewButton("Tạo cây đơn vị hành chính", nil)
	build.Importance = widget.HighImportance
	build.Disable()
	picker.Province.OnChanged = func(string) {
		if _, code := picker.Choice(); code != "" {
			build.Enable()
		} else {
			build.Disable()
		}
	}
	build.OnTapped = func() {
		source, code := picker.Choice()
		if code != "" {
			s.loadProvince(source, code)
		}
	}
	own := widget.NewCard("Tỉnh, thành phố của bạn", "Chọn cơ cấu đơn vị hành chính và tỉnh, thành phố",
		container.NewVBox(picker.Structure, picker.Province, container.NewHBox(build)))

	sampleBox := container.NewVBox()
	for _, sm := range samples {
		sm := sm
		sampleBox.Add(container.NewHBox(widget.NewButton(sm.title, func() { s.loadSample(sm) })))
	}
	sample := widget.NewCard("Dữ liệu mẫu", "Để xem thử chương trình trước khi nhập dữ liệu thật", sampleBox)

	return tw.Screen("Chào mừng đến với tdkt", nil,
		container.NewVScroll(container.NewPadded(container.NewVBox(intro, own, sample))))
}

// loadSample loads a sample in the background, then opens the screen
// that shows it.
func (s *Shell) loadSample(sm sample) {
	st := s.store
	tw.RunLong(s.Win, "Tải dữ liệu mẫu", func(ctx context.Context, p tw.Progress) error {
		p(-1, "Đang tải "+sm.title+"…")
		return sm.load(ctx, st, p)
	}, func(err error) {
		if err != nil {
			s.showError(err)
			return
		}
		s.nav.UnselectAll()
		s.nav.Select(sm.shows)
		s.SetStatus("Đã tải dữ liệu mẫu: " + sm.menu)
	})
}
