package app

import (
	"context"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/text/unicode/norm"
)

// Windows users type Vietnamese with Unikey or EVKey (Telex or VNI, the
// "Unicode dựng sẵn" charset, backspace mode). The keyboard hook lets a
// plain letter through; when a key changes letters already typed (the
// second "e" of "ee" → ê, a tone key), it swallows the key, sends one
// Backspace for each letter from the first one that changes to the end of
// the word, then sends the new letters as Unicode characters (SendInput
// KEYEVENTF_UNICODE, which GLFW delivers as characters). So "Pai" + f in
// Telex arrives as Backspace, Backspace, "à", "i".
//
// The replays below give what the user sees after each key; ime turns two
// successive states into exactly those events and delivers them to the
// focused widget in the order Fyne's GLFW driver does.

// phrase is a phrase typed word by word; each word lists what the entry
// shows after each key the user presses.
type phrase [][]string

var (
	// "Nguyeenx Thij Asnh Tuyeets"
	tuyetTelex = phrase{
		{"N", "Ng", "Ngu", "Nguy", "Nguye", "Nguyê", "Nguyên", "Nguyễn"},
		{"T", "Th", "Thi", "Thị"},
		{"A", "Á", "Án", "Ánh"},
		{"T", "Tu", "Tuy", "Tuye", "Tuyê", "Tuyêt", "Tuyết"},
	}
	// "Nguyen64 Thi5 A1nh Tuye6t1"
	tuyetVNI = phrase{
		{"N", "Ng", "Ngu", "Nguy", "Nguye", "Nguyen", "Nguyên", "Nguyễn"},
		{"T", "Th", "Thi", "Thị"},
		{"A", "Á", "Án", "Ánh"},
		{"T", "Tu", "Tuy", "Tuye", "Tuyê", "Tuyêt", "Tuyết"},
	}
	// "Naf Paif": the tone lands on "a" before the "i" already typed.
	naPaiTelex = phrase{{"N", "Na", "Nà"}, {"P", "Pa", "Pai", "Pài"}}
	// "Na2 Pa2i": the tone typed right after its vowel.
	naPaiVNI = phrase{{"N", "Na", "Nà"}, {"P", "Pa", "Pà", "Pài"}}
)

// ime delivers key events to whatever the canvas has focused.
type ime struct {
	t *testing.T
	c fyne.Canvas
}

// key is a physical key press: KeyDown, TypedKey, the character it
// produces (if any), KeyUp — the order of GLFW's callbacks on Windows.
func (k ime) key(name fyne.KeyName, char rune) {
	f := k.c.Focused()
	if f == nil {
		k.t.Fatal("nothing has the keyboard focus")
	}
	ev := &fyne.KeyEvent{Name: name}
	keyable, _ := f.(desktop.Keyable)
	if keyable != nil {
		keyable.KeyDown(ev)
	}
	f.TypedKey(ev)
	if char != 0 {
		f.TypedRune(char)
	}
	if keyable != nil {
		keyable.KeyUp(ev)
	}
}

// unicode is a character sent by the input method (VK_PACKET): only the
// character reaches the widget.
func (k ime) unicode(r rune) { k.c.Focused().TypedRune(r) }

// step moves the entry from showing before to showing after, as the
// input method would.
func (k ime) step(before, after []rune) {
	same := 0
	for same < len(before) && same < len(after) && before[same] == after[same] {
		same++
	}
	if same == len(before) && len(after) == same+1 && after[same] < unicode.MaxASCII {
		k.key(asciiKey(after[same]), after[same]) // a plain letter, let through
		return
	}
	for range len(before) - same {
		k.key(fyne.KeyBackspace, 0)
	}
	for _, r := range after[same:] {
		k.unicode(r)
	}
}

func asciiKey(r rune) fyne.KeyName {
	if r == ' ' {
		return fyne.KeySpace
	}
	return fyne.KeyName(string(unicode.ToUpper(r)))
}

// typePhrase types p word by word, with a space between words, and
// returns the text the user meant.
func (k ime) typePhrase(p phrase) string {
	var line []rune
	for i, word := range p {
		if i > 0 {
			next := append(append([]rune{}, line...), ' ')
			k.step(line, next)
			line = next
		}
		base := len(line)
		for _, shown := range word {
			next := append(append([]rune{}, line[:base]...), []rune(shown)...)
			k.step(line, next)
			line = next
		}
	}
	return string(line)
}

// typeNFD sends the decomposed form of text, one code point at a time (a
// combining-marks charset, or text pasted from a Mac).
func (k ime) typeNFD(text string) {
	for _, r := range norm.NFD.String(text) {
		k.unicode(r)
	}
}

// replays are the ways the same text reaches an entry.
func replays(telex, vni phrase) map[string]func(k ime) {
	return map[string]func(k ime){
		"Telex": func(k ime) { k.typePhrase(telex) },
		"VNI":   func(k ime) { k.typePhrase(vni) },
		"NFD":   func(k ime) { k.typeNFD(joinPhrase(telex)) },
	}
}

func joinPhrase(p phrase) string {
	s := ""
	for i, w := range p {
		if i > 0 {
			s += " "
		}
		s += w[len(w)-1]
	}
	return s
}

func TestTypingVietnameseIntoTheSignerField(t *testing.T) {
	const want = "Nguyễn Thị Ánh Tuyết"
	for name, replay := range replays(tuyetTelex, tuyetVNI) {
		t.Run(name, func(t *testing.T) {
			s := newTestShell(t, bacKan)
			s.Select(SecSettings)
			var signer *widget.Entry
			for _, e := range findAll[*widget.Entry](s.Win) {
				if e.PlaceHolder == "Họ và tên người ký" {
					signer = e
				}
			}
			if signer == nil {
				t.Fatal("no signer field")
			}
			s.Win.Canvas().Focus(signer)
			replay(ime{t, s.Win.Canvas()})
			if name != "NFD" && signer.Text != want {
				t.Fatalf("the field shows %q (%+q), want %q", signer.Text, signer.Text, want)
			}
			test.Tap(button(t, s.Win, "Lưu"))
			st, err := s.Store.Settings(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if st.SignerName != want || !norm.NFC.IsNormalString(st.SignerName) {
				t.Errorf("stored signer %+q, want %+q (NFC)", st.SignerName, want)
			}
		})
	}
}

func TestTypingVietnameseIntoTheVillageName(t *testing.T) {
	const want = "Thôn Nà Pài"
	for name, replay := range replays(naPaiTelex, naPaiVNI) {
		t.Run(name, func(t *testing.T) {
			s := newTestShell(t, bacKan)
			ctx := context.Background()
			commune, err := s.Store.UnitByCode(ctx, "2025-03", "01843")
			if err != nil {
				t.Fatal(err)
			}
			test.Type(searchEntry(t, s), commune.Name)
			resultList(t, s).Select(0)
			test.Tap(button(t, s.Win, "Thêm thôn, tổ dân phố"))
			var field *widget.Entry
			for _, e := range findAll[*widget.Entry](s.Win) {
				if e.PlaceHolder == "ví dụ: Thiện Phong" {
					field = e
				}
			}
			if field == nil {
				t.Fatal("no village name field in the dialog")
			}
			if s.Win.Canvas().Focused() != field {
				t.Error("the village name field does not have the focus when the dialog opens")
				s.Win.Canvas().Focus(field)
			}
			replay(ime{t, s.Win.Canvas()})
			if name != "NFD" && field.Text != "Nà Pài" {
				t.Fatalf("the field shows %+q, want %+q", field.Text, "Nà Pài")
			}
			test.Tap(button(t, s.Win, "Thêm"))
			kids, err := s.Store.Children(ctx, commune.ID)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, k := range kids {
				if k.Name == want && norm.NFC.IsNormalString(k.Name) {
					return
				}
				names = append(names, k.Name)
			}
			t.Errorf("%q (NFC) not stored under %s; children: %+q", want, commune.Name, names)
		})
	}
}

// TestReplayIsWhatTheInputMethodSends pins the replay itself: Telex
// "Paif" reaches the widget as P, a, i, then two Backspaces and "ài".
func TestReplayIsWhatTheInputMethodSends(t *testing.T) {
	rec := &recorder{}
	w := test.NewTempWindow(t, rec)
	w.Canvas().Focus(rec)
	ime{t, w.Canvas()}.typePhrase(phrase{{"P", "Pa", "Pai", "Pài"}})
	want := []string{"down P", "key P", "rune P", "up P", "down A", "key A", "rune a", "up A",
		"down I", "key I", "rune i", "up I",
		"down BackSpace", "key BackSpace", "up BackSpace", "down BackSpace", "key BackSpace", "up BackSpace",
		"rune à", "rune i"}
	if len(rec.events) != len(want) {
		t.Fatalf("events %q,\nwant %q", rec.events, want)
	}
	for i := range want {
		if rec.events[i] != want[i] {
			t.Fatalf("event %d = %q, want %q (all: %q)", i, rec.events[i], want[i], rec.events)
		}
	}
}

// recorder is a focusable widget that records the key events it gets.
type recorder struct {
	widget.BaseWidget
	events []string
}

func (r *recorder) CreateRenderer() fyne.WidgetRenderer {
	r.ExtendBaseWidget(r)
	return widget.NewSimpleRenderer(widget.NewLabel(""))
}
func (r *recorder) FocusGained()              {}
func (r *recorder) FocusLost()                {}
func (r *recorder) TypedRune(c rune)          { r.events = append(r.events, "rune "+string(c)) }
func (r *recorder) TypedKey(e *fyne.KeyEvent) { r.events = append(r.events, "key "+string(e.Name)) }
func (r *recorder) KeyDown(e *fyne.KeyEvent)  { r.events = append(r.events, "down "+string(e.Name)) }
func (r *recorder) KeyUp(e *fyne.KeyEvent)    { r.events = append(r.events, "up "+string(e.Name)) }
