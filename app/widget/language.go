package widget

import (
	_ "embed"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

//go:embed translations/vi.json
var vietnamese []byte

// fyneLocales are the languages Fyne ships words for (its buttons, file
// dialog, menus): a system set to any of them would otherwise show
// Fyne's own words in that language among tdkt's Vietnamese.
var fyneLocales = []fyne.Locale{"vi", "en", "cs", "de", "el", "es", "fr", "ja", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk", "zh-Hans"}

// UseVietnamese makes Fyne's own words (OK, Hủy, the file dialog's
// buttons and titles) Vietnamese whatever language the system is set
// to: the program is in Vietnamese only.
func UseVietnamese() {
	for _, l := range fyneLocales {
		if err := lang.AddTranslationsForLocale(vietnamese, l); err != nil {
			log.Printf("Vietnamese words for Fyne (%s): %v", l, err)
		}
	}
}
