package settings

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
)

// displaySettings sets the size of text and of everything on screen, for
// eyes that need more than the designed size; the choice is kept for the
// next start.
func displaySettings(h Host) fyne.CanvasObject {
	a := fyne.CurrentApp()
	current := float32(a.Preferences().FloatWithFallback(tw.ScaleKey, 1))
	names := make([]string, len(tw.Scales))
	chosen := ""
	for i, s := range tw.Scales {
		names[i] = s.Name
		if s.Scale == current {
			chosen = s.Name
		}
	}
	size := widget.NewRadioGroup(names, nil)
	size.Horizontal = true
	size.SetSelected(chosen)
	size.OnChanged = func(name string) {
		for _, s := range tw.Scales {
			if s.Name != name || s.Scale == current {
				continue
			}
			// The window keeps its size on the screen: Fyne keeps it in
			// its own units, which grow with the scale.
			win := h.Window()
			ratio := current / s.Scale
			room := win.Canvas().Size()
			a.Preferences().SetFloat(tw.ScaleKey, float64(s.Scale))
			tw.ApplyScale(s.Scale)
			current = s.Scale
			a.Settings().SetTheme(a.Settings().Theme()) // Fyne rescales its windows
			win.Resize(fyne.NewSize(room.Width*ratio, room.Height*ratio))
			h.SetStatus(fmt.Sprintf("Cỡ chữ và giao diện: %s", name))
		}
	}
	note := tw.Wrapped("Cỡ chữ và mọi thứ trên màn hình, so với cỡ thiết kế (100 %). Chọn 110 % hoặc 125 % nếu chữ nhỏ khó đọc; " +
		"Windows có thể đã phóng to sẵn (Cài đặt hiển thị của Windows): cỡ ở đây nhân thêm với mức đó. Trên màn hình 1366×768, ở 110 % trở lên một số bảng cần cuộn ngang. " +
		"Lựa chọn được giữ cho lần mở sau.")
	return container.NewVBox(tw.Bold("Cỡ chữ và giao diện"), size, note)
}
