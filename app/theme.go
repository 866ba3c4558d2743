package app

import (
	"fyne.io/fyne/v2"

	tw "tdkt/app/widget"
)

// Theme returns the theme tdkt uses on every platform: Fyne's look,
// always light, text a size larger (its definition is app/widget's, so
// that section tests draw what the window draws).
func Theme() fyne.Theme { return tw.Theme() }
