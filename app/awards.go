package app

import "fyne.io/fyne/v2"

// awardsScreen is the Thi đua – Khen thưởng section.
func awardsScreen(s *Shell) fyne.CanvasObject {
	return notYet("Thi đua – Khen thưởng", "Quản lý đợt thi đua và danh sách đề nghị khen thưởng.")(s)
}
