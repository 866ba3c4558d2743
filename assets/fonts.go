package assets

import _ "embed"

// The embedded serif: Liberation Serif 2.1.5, metric-compatible with Times
// New Roman (every glyph has the advance width of its Times New Roman
// counterpart, so lines break and pages fill as they would in Times New
// Roman) and covering the whole Vietnamese alphabet. Official documents
// use it when Times New Roman is not installed. Its licence, the SIL Open
// Font License 1.1, is in fonts/OFL.txt (SerifLicence) and must travel with
// the program.
var (
	//go:embed fonts/LiberationSerif-Regular.ttf
	SerifRegular []byte

	//go:embed fonts/LiberationSerif-Bold.ttf
	SerifBold []byte

	//go:embed fonts/LiberationSerif-Italic.ttf
	SerifItalic []byte

	//go:embed fonts/LiberationSerif-BoldItalic.ttf
	SerifBoldItalic []byte

	//go:embed fonts/OFL.txt
	SerifLicence string
)

// SerifFamily is the family name of the embedded serif.
const SerifFamily = "Liberation Serif"
