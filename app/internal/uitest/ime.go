package uitest

import (
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
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
// A replay gives what the user sees after each key; IME turns two
// successive states into exactly those events and delivers them to the
// focused widget in the order Fyne's GLFW driver does.

// Phrase is a phrase typed word by word; each word lists what the entry
// shows after each key the user presses.
type Phrase [][]string

// IME delivers key events to whatever the canvas has focused.
type IME struct {
	T testing.TB  // the test, failed when nothing has the focus
	C fyne.Canvas // the canvas whose focused widget gets the keys
}

// key is a physical key press: KeyDown, TypedKey, the character it
// produces (if any), KeyUp — the order of GLFW's callbacks on Windows.
func (k IME) key(name fyne.KeyName, char rune) {
	f := k.C.Focused()
	if f == nil {
		k.T.Fatal("nothing has the keyboard focus")
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
func (k IME) unicode(r rune) { k.C.Focused().TypedRune(r) }

// step moves the entry from showing before to showing after, as the
// input method would.
func (k IME) step(before, after []rune) {
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

// TypePhrase types p word by word, with a space between words, and
// returns the text the user meant.
func (k IME) TypePhrase(p Phrase) string {
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

// TypeNFD sends the decomposed form of text, one code point at a time (a
// combining-marks charset, or text pasted from a Mac).
func (k IME) TypeNFD(text string) {
	for _, r := range norm.NFD.String(text) {
		k.unicode(r)
	}
}

// Replays are the ways the same text reaches an entry: Telex, VNI and
// decomposed, by name.
func Replays(telex, vni Phrase) map[string]func(k IME) {
	return map[string]func(k IME){
		"Telex": func(k IME) { k.TypePhrase(telex) },
		"VNI":   func(k IME) { k.TypePhrase(vni) },
		"NFD":   func(k IME) { k.TypeNFD(JoinPhrase(telex)) },
	}
}

// JoinPhrase is the text a phrase ends with.
func JoinPhrase(p Phrase) string {
	s := ""
	for i, w := range p {
		if i > 0 {
			s += " "
		}
		s += w[len(w)-1]
	}
	return s
}
