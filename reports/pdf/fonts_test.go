package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"

	"tdkt/assets"
	"tdkt/data/vn"
)

// TestEmbeddedSerifCoversVietnamese checks the four embedded faces against
// the 134 Vietnamese letters and their PostScript names.
func TestEmbeddedSerifCoversVietnamese(t *testing.T) {
	if n := len(vn.Letters()); n != 134 {
		t.Fatalf("vn.Letters gives %d letters", n)
	}
	want := []string{"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}
	for st, data := range [][]byte{assets.SerifRegular, assets.SerifBold, assets.SerifItalic, assets.SerifBoldItalic} {
		f, err := sfnt.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		var buf sfnt.Buffer
		for _, r := range vn.Letters() {
			if gi, err := f.GlyphIndex(&buf, r); err != nil || gi == 0 {
				t.Errorf("%s has no glyph for %q", want[st], r)
			}
		}
		if got := EmbeddedFonts().faces[st].psName; got != want[st] {
			t.Errorf("face %d is %q, want %q", st, got, want[st])
		}
	}
	if !strings.Contains(assets.SerifLicence, "SIL OPEN FONT LICENSE Version 1.1") {
		t.Error("the embedded serif's licence is missing")
	}
	if f := (Fonts{}); !strings.Contains(f.String(), "Liberation Serif (phông nhúng sẵn") {
		t.Errorf("zero Fonts describes itself as %q", f.String())
	}
}

// fontDir copies the embedded faces into a new folder under the given
// names.
func fontDir(t *testing.T, names [4]string) string {
	dir := t.TempDir()
	for st, data := range [][]byte{assets.SerifRegular, assets.SerifBold, assets.SerifItalic, assets.SerifBoldItalic} {
		if err := os.WriteFile(filepath.Join(dir, names[st]), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// withSystemDirs points the system font folders at dirs for one test.
func withSystemDirs(t *testing.T, dirs ...string) {
	old := systemFontDirs
	systemFontDirs = func() []string { return dirs }
	t.Cleanup(func() { systemFontDirs = old })
}

// asTimes lets LoadFonts take the embedded serif's files for Times New
// Roman, the only font these tests can ship.
func asTimes(t *testing.T) {
	old := wantFamily
	wantFamily = assets.SerifFamily
	t.Cleanup(func() { wantFamily = old })
}

func TestLoadFontsFallsBackToEmbedded(t *testing.T) {
	withSystemDirs(t, t.TempDir(), filepath.Join(t.TempDir(), "absent"))
	f, err := LoadFonts("")
	if err != nil || !f.Embedded() || f.Family != "Liberation Serif" {
		t.Fatalf("LoadFonts: %v, %v", f, err)
	}
	// Files named like Times New Roman that are another font are passed over.
	withSystemDirs(t, fontDir(t, [4]string{"times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"}))
	if f, err := LoadFonts(""); err != nil || !f.Embedded() {
		t.Errorf("impostor in a system folder: %v, %v", f, err)
	}
}

func TestLoadFontsFromFolder(t *testing.T) {
	asTimes(t)
	withSystemDirs(t)
	// Windows names in upper case, as an old Windows folder has them.
	dir := fontDir(t, [4]string{"TIMES.TTF", "TIMESBD.TTF", "TIMESI.TTF", "TIMESBI.TTF"})
	f, err := LoadFonts(dir)
	if err != nil || f.Embedded() || f.Dir != dir {
		t.Fatalf("LoadFonts(%s): %v, %v", dir, f, err)
	}
	if !strings.Contains(f.String(), dir) {
		t.Errorf("String() = %q does not say where the fonts are", f.String())
	}
	// Debian's names, found among the system folders after a configured
	// folder without them.
	sys := fontDir(t, [4]string{"Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"})
	withSystemDirs(t, t.TempDir(), sys)
	if f, err := LoadFonts(t.TempDir()); err != nil || f.Dir != sys {
		t.Errorf("system folder: %v, %v", f, err)
	}
	// The decision is set in them, as subsets.
	file := writePDF(t, func(b *bytes.Buffer) error { return WriteDecision(b, sampleDecision(), f) })
	if out := run(t, "pdffonts", file); strings.Count(out, "yes yes yes") < 4 {
		t.Errorf("fonts from %s not embedded as subsets:\n%s", dir, out)
	}
}

func TestLoadFontsRefusesBadFolder(t *testing.T) {
	withSystemDirs(t)
	if _, err := LoadFonts(filepath.Join(t.TempDir(), "không có")); err == nil || !strings.Contains(err.Error(), "không đọc được thư mục phông chữ") {
		t.Errorf("missing folder: %v", err)
	}
	dir := fontDir(t, [4]string{"times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"})
	if _, err := LoadFonts(dir); err == nil || !strings.Contains(err.Error(), `là phông "Liberation Serif", không phải Times New Roman`) {
		t.Errorf("impostor: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "timesbd.ttf"), []byte("không phải phông"), 0o644); err != nil {
		t.Fatal(err)
	}
	asTimes(t)
	if _, err := LoadFonts(dir); err == nil || !strings.Contains(err.Error(), "timesbd.ttf (kiểu đậm): không phải phông TrueType hợp lệ") {
		t.Errorf("damaged file: %v", err)
	}
	// Liberation Serif 1.x (Debian's fonts-liberation) lacks most
	// Vietnamese letters: refused with the reason.
	old := "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
	data, err := os.ReadFile(old)
	if err != nil {
		t.Skipf("no font without Vietnamese letters to try: %v", err)
	}
	if f, err := sfnt.Parse(data); err == nil {
		var buf sfnt.Buffer
		if gi, _ := f.GlyphIndex(&buf, 'ệ'); gi != 0 {
			t.Skipf("%s covers Vietnamese", old)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "timesbd.ttf"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFonts(dir); err == nil || !strings.Contains(err.Error(), "chữ cái tiếng Việt") {
		t.Errorf("font without Vietnamese: %v", err)
	}
}

func TestMarkSubsetsKeepsOffsets(t *testing.T) {
	doc := []byte("1 0 obj <</BaseFont /utf8rxx /Other /utf8rxxB>> /FontName /utf8rxx\n")
	n := replaceName(doc, []byte("utf8rxx"), []byte("ABC+Lib"))
	if n != 2 || string(doc) != "1 0 obj <</BaseFont /ABC+Lib /Other /utf8rxxB>> /FontName /ABC+Lib\n" {
		t.Errorf("%d replaced: %s", n, doc)
	}
}
