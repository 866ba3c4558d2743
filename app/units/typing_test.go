package units

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
	"golang.org/x/text/unicode/norm"

	"tdkt/app/internal/uitest"
)

var (
	// "Naf Paif": the tone lands on "a" before the "i" already typed.
	naPaiTelex = uitest.Phrase{{"N", "Na", "Nà"}, {"P", "Pa", "Pai", "Pài"}}
	// "Na2 Pa2i": the tone typed right after its vowel.
	naPaiVNI = uitest.Phrase{{"N", "Na", "Nà"}, {"P", "Pa", "Pà", "Pài"}}
)

func TestTypingVietnameseIntoTheVillageName(t *testing.T) {
	const want = "Thôn Nà Pài"
	for name, replay := range uitest.Replays(naPaiTelex, naPaiVNI) {
		t.Run(name, func(t *testing.T) {
			h := open(t)
			ctx := context.Background()
			commune, err := h.St.UnitByCode(ctx, "2025-03", "01843")
			if err != nil {
				t.Fatal(err)
			}
			uitest.Type(searchEntry(t, h), commune.Name)
			resultList(t, h).Select(0)
			uitest.Settle()
			test.Tap(uitest.Button(t, h.Win, "Thêm thôn, tổ dân phố"))
			field := uitest.FormEntry(t, h.Win, "ví dụ: Thiện Phong")
			if h.Win.Canvas().Focused() != field {
				t.Error("the village name field does not have the focus when the dialog opens")
				h.Win.Canvas().Focus(field)
			}
			replay(uitest.IME{T: t, C: h.Win.Canvas()})
			if name != "NFD" && field.Text != "Nà Pài" {
				t.Fatalf("the field shows %+q, want %+q", field.Text, "Nà Pài")
			}
			test.Tap(uitest.Button(t, h.Win, "Thêm"))
			kids, err := h.St.Children(ctx, commune.ID)
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
