package settings

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"
	"golang.org/x/text/unicode/norm"

	"tdkt/app/internal/uitest"
)

var (
	// "Nguyeenx Thij Asnh Tuyeets"
	tuyetTelex = uitest.Phrase{
		{"N", "Ng", "Ngu", "Nguy", "Nguye", "Nguyê", "Nguyên", "Nguyễn"},
		{"T", "Th", "Thi", "Thị"},
		{"A", "Á", "Án", "Ánh"},
		{"T", "Tu", "Tuy", "Tuye", "Tuyê", "Tuyêt", "Tuyết"},
	}
	// "Nguyen64 Thi5 A1nh Tuye6t1"
	tuyetVNI = uitest.Phrase{
		{"N", "Ng", "Ngu", "Nguy", "Nguye", "Nguyen", "Nguyên", "Nguyễn"},
		{"T", "Th", "Thi", "Thị"},
		{"A", "Á", "Án", "Ánh"},
		{"T", "Tu", "Tuy", "Tuye", "Tuyê", "Tuyêt", "Tuyết"},
	}
)

func TestTypingVietnameseIntoTheSignerField(t *testing.T) {
	const want = "Nguyễn Thị Ánh Tuyết"
	for name, replay := range uitest.Replays(tuyetTelex, tuyetVNI) {
		t.Run(name, func(t *testing.T) {
			h := open(t)
			signer := uitest.Entry(t, h.Win, "Họ và tên người ký")
			h.Win.Canvas().Focus(signer)
			replay(uitest.IME{T: t, C: h.Win.Canvas()})
			if name != "NFD" && signer.Text != want {
				t.Fatalf("the field shows %q (%+q), want %q", signer.Text, signer.Text, want)
			}
			test.Tap(uitest.Button(t, h.Win, "Lưu"))
			st, err := h.St.Settings(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if st.SignerName != want || !norm.NFC.IsNormalString(st.SignerName) {
				t.Errorf("stored signer %+q, want %+q (NFC)", st.SignerName, want)
			}
		})
	}
}
