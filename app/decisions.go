package app

import "fyne.io/fyne/v2"

// decisionsScreen is the Quyết định section.
func decisionsScreen(s *Shell) fyne.CanvasObject {
	return notYet("Quyết định", "Soạn, ban hành và in quyết định khen thưởng, in Bằng khen, Giấy khen.")(s)
}
