package app

import "fyne.io/fyne/v2"

// electionsScreen is the Bầu cử section.
func electionsScreen(s *Shell) fyne.CanvasObject {
	return notYet("Bầu cử", "Quản lý đơn vị bầu cử, khu vực bỏ phiếu, kiểm phiếu và kết quả bầu cử.")(s)
}
