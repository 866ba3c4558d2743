package sheet

import (
	"testing"

	"tdkt/data/vn"
)

// A template with Unicode headers filled in with a TCVN3 font: the data
// rows are converted although the header row is Unicode.
func TestLegacyRowsUnderUnicodeHeader(t *testing.T) {
	path := writeBook(t, "Phiếu bầu", [][]any{
		{"Họ và tên", "Ngày sinh", "Số phiếu bầu"},
		{vn.FromUnicode("Nguyễn Thị Hương", vn.TCVN3), "1979", 512},
		{vn.FromUnicode("Hoàng Văn Đức", vn.TCVN3), "1980", 498},
	})
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := NewCollector(path)
	tab, ok := ReadTable(f, c, "Phiếu bầu", cols)
	if !ok || tab.Legacy != vn.TCVN3 {
		t.Fatalf("ok %v, legacy %v, problems %v", ok, tab.Legacy, c.Problems)
	}
	if got := tab.Rows()[0].Text("Họ và tên"); got != "Nguyễn Thị Hương" {
		t.Errorf("name = %q", got)
	}
}
