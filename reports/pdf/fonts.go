package pdf

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/sfnt"

	"tdkt/assets"
	"tdkt/data/vn"
)

// style is one face of the family.
type style int

const (
	regular style = iota
	bold
	italic
	boldItalic
)

// styleNames names the faces in messages.
var styleNames = [4]string{"thường", "đậm", "nghiêng", "đậm nghiêng"}

// TimesFamily is the family Nghị định 30/2020/NĐ-CP prescribes.
const TimesFamily = "Times New Roman"

// Fonts is the typeface documents are set in: the four faces (regular,
// bold, italic, bold italic) of Times New Roman, or of the embedded
// Liberation Serif, which has the same metrics. Load it once with LoadFonts
// and reuse it; a Fonts is safe for concurrent use. The zero Fonts stands
// for the embedded serif.
type Fonts struct {
	// Family is the family of the faces: "Times New Roman" or
	// "Liberation Serif".
	Family string
	// Dir is the folder the faces were read from; empty for the embedded
	// serif.
	Dir   string
	faces [4]*face
}

// face is one font file, parsed.
type face struct {
	data   []byte
	psName string // PostScript name, e.g. "TimesNewRomanPS-BoldMT"
	font   *sfnt.Font
}

// Embedded tells whether the documents use the embedded serif rather than
// Times New Roman.
func (f Fonts) Embedded() bool { return f.Dir == "" }

// String describes the fonts for the status line and the logs, in
// Vietnamese: "Times New Roman (C:\Windows\Fonts)" or "Liberation Serif
// (phông nhúng sẵn, cùng số đo với Times New Roman)".
func (f Fonts) String() string {
	f = f.orEmbedded()
	if f.Embedded() {
		return f.Family + " (phông nhúng sẵn, cùng số đo với Times New Roman)"
	}
	return f.Family + " (" + f.Dir + ")"
}

// orEmbedded returns f, or the embedded serif when f is the zero Fonts.
func (f Fonts) orEmbedded() Fonts {
	if f.faces[regular] == nil {
		return EmbeddedFonts()
	}
	return f
}

// embedded parses the embedded serif once.
var embedded = sync.OnceValue(func() Fonts {
	data := [4][]byte{assets.SerifRegular, assets.SerifBold, assets.SerifItalic, assets.SerifBoldItalic}
	fonts := Fonts{Family: assets.SerifFamily}
	for st, b := range data {
		fc, err := parseFace(b)
		if err != nil {
			// The embedded files are tested; failing here is a broken build.
			panic("pdf: embedded font: " + err.Error())
		}
		fonts.faces[st] = fc
	}
	return fonts
})

// EmbeddedFonts returns the embedded Liberation Serif, whatever is
// installed.
func EmbeddedFonts() Fonts { return embedded() }

// timesFiles are the file names of Times New Roman's faces, lower-case, as
// Windows (times.ttf ...), Debian's ttf-mscorefonts-installer
// (Times_New_Roman.ttf ...) and macOS (Times New Roman.ttf ...) name them.
var timesFiles = [4][]string{
	{"times.ttf", "times_new_roman.ttf", "times new roman.ttf", "timesnewroman.ttf"},
	{"timesbd.ttf", "times_new_roman_bold.ttf", "times new roman bold.ttf", "timesnewroman-bold.ttf"},
	{"timesi.ttf", "times_new_roman_italic.ttf", "times new roman italic.ttf", "timesnewroman-italic.ttf"},
	{"timesbi.ttf", "times_new_roman_bold_italic.ttf", "times new roman bold italic.ttf", "timesnewroman-bolditalic.ttf"},
}

// systemFontDirs lists the folders where Times New Roman is looked for
// after the configured one, in order. A variable so that tests can replace
// it.
var systemFontDirs = defaultFontDirs

// defaultFontDirs returns the system's font folders: the Windows fonts
// folder (%WINDIR%\Fonts) and the user's own fonts on Windows; the usual
// places of TrueType fonts on Linux and macOS.
func defaultFontDirs() []string {
	home, _ := os.UserHomeDir()
	var dirs []string
	switch runtime.GOOS {
	case "windows":
		win := os.Getenv("WINDIR")
		if win == "" {
			win = os.Getenv("SystemRoot")
		}
		if win == "" {
			win = `C:\Windows`
		}
		dirs = append(dirs, filepath.Join(win, "Fonts"))
		if local := os.Getenv("LOCALAPPDATA"); local != "" {
			dirs = append(dirs, filepath.Join(local, "Microsoft", "Windows", "Fonts"))
		}
	case "darwin":
		dirs = append(dirs, "/System/Library/Fonts/Supplemental", "/Library/Fonts")
		if home != "" {
			dirs = append(dirs, filepath.Join(home, "Library", "Fonts"))
		}
	default:
		dirs = append(dirs,
			"/usr/share/fonts/truetype/msttcorefonts",
			"/usr/share/fonts/msttcore",
			"/usr/share/fonts/msttcorefonts",
			"/usr/share/fonts/TTF",
			"/usr/share/fonts/truetype",
			"/usr/local/share/fonts",
		)
		if data := os.Getenv("XDG_DATA_HOME"); data != "" {
			dirs = append(dirs, filepath.Join(data, "fonts"))
		}
		if home != "" {
			dirs = append(dirs, filepath.Join(home, ".local", "share", "fonts"), filepath.Join(home, ".fonts"))
		}
	}
	return dirs
}

// LoadFonts finds the fonts documents are set in: Times New Roman from dir
// when dir is not empty (the FontDir setting), else from the system's font
// folders (the Windows fonts folder first), and otherwise the embedded
// Liberation Serif. Fonts.String tells which was used.
//
// A face is accepted only when its family is Times New Roman, it covers
// every Vietnamese letter and the PDF writer can embed it; folders where the
// faces are missing or unusable are passed over. The only error is about
// dir itself: a folder that cannot be read, or whose Times New Roman files
// are damaged or lack Vietnamese letters — the user named that folder and
// should hear why it is not used.
func LoadFonts(dir string) (Fonts, error) {
	if dir != "" {
		found, err := findTimes(dir)
		if err != nil {
			return Fonts{}, fmt.Errorf("không đọc được thư mục phông chữ %q: %w", dir, err)
		}
		if found != nil {
			f, err := loadTimes(dir, found)
			if err != nil {
				return Fonts{}, fmt.Errorf("thư mục phông chữ %q: %w", dir, err)
			}
			return f, nil
		}
	}
	for _, d := range systemFontDirs() {
		found, err := findTimes(d)
		if err != nil || found == nil {
			continue
		}
		if f, err := loadTimes(d, found); err == nil {
			return f, nil
		}
	}
	return EmbeddedFonts(), nil
}

// findTimes returns the paths of the four Times New Roman faces in dir, or
// nil when one of them is missing. File names are compared without regard
// to case, as Windows does.
func findTimes(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	names := make(map[string]string, len(entries))
	for _, e := range entries {
		if !e.IsDir() {
			names[strings.ToLower(e.Name())] = e.Name()
		}
	}
	paths := make([]string, 4)
	for st, candidates := range timesFiles {
		for _, c := range candidates {
			if n, ok := names[c]; ok {
				paths[st] = filepath.Join(dir, n)
				break
			}
		}
		if paths[st] == "" {
			return nil, nil
		}
	}
	return paths, nil
}

// wantFamily is the family LoadFonts takes from a folder. A variable so
// that tests can pass the embedded serif's files off as Times New Roman.
var wantFamily = TimesFamily

// loadTimes reads and checks the four faces found in dir.
func loadTimes(dir string, paths []string) (Fonts, error) {
	f := Fonts{Family: wantFamily, Dir: dir}
	for st, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return Fonts{}, err
		}
		fc, err := parseFace(b)
		if err != nil {
			return Fonts{}, fmt.Errorf("tệp %s (kiểu %s): %w", filepath.Base(p), styleNames[st], err)
		}
		var buf sfnt.Buffer
		family, _ := fc.font.Name(&buf, sfnt.NameIDFamily)
		if !strings.EqualFold(strings.TrimSpace(family), wantFamily) {
			return Fonts{}, fmt.Errorf("tệp %s là phông %q, không phải %s", filepath.Base(p), family, wantFamily)
		}
		f.faces[st] = fc
	}
	return f, nil
}

// parseFace parses a TrueType file and checks that it covers the printable
// ASCII range and every Vietnamese letter, and that fpdf can embed it.
func parseFace(b []byte) (*face, error) {
	font, err := sfnt.Parse(b)
	if err != nil {
		return nil, fmt.Errorf("không phải phông TrueType hợp lệ: %v", err)
	}
	var buf sfnt.Buffer
	var missing []rune
	check := func(r rune) {
		if gi, err := font.GlyphIndex(&buf, r); err != nil || gi == 0 {
			missing = append(missing, r)
		}
	}
	for r := rune(0x21); r < 0x7f; r++ {
		check(r)
	}
	for _, r := range vn.Letters() {
		check(r)
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("phông thiếu %d chữ cái tiếng Việt hoặc ký tự, ví dụ %q", len(missing), string(missing[:min(len(missing), 8)]))
	}
	ps, _ := font.Name(&buf, sfnt.NameIDPostScript)
	ps = postScriptName(ps)
	if ps == "" {
		ps = "Serif"
	}
	// fpdf reports a font it cannot parse only on standard output and by
	// a later "undefined font"; try it here so that a bad file is refused
	// with a reason instead.
	trial := fpdf.New("P", "mm", "A4", "")
	trial.AddUTF8FontFromBytes("trial", "", b)
	trial.SetFont("trial", "", 12)
	if err := trial.Error(); err != nil {
		return nil, fmt.Errorf("trình tạo PDF không đọc được phông: %v", err)
	}
	return &face{data: b, psName: ps, font: font}, nil
}

// postScriptName keeps the characters a PDF font name may hold.
func postScriptName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x7f && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			b.WriteRune(r)
		}
	}
	return b.String()
}
