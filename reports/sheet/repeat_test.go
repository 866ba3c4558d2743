package sheet

import (
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestRepeatRows(t *testing.T) {
	f := excelize.NewFile()
	if err := PrintSetup(f, "Sheet1", true, 0); err != nil {
		t.Fatal(err)
	}
	if err := RepeatRows(f, "Sheet1", 4, 5); err != nil {
		t.Fatal(err)
	}
	names := f.GetDefinedName()
	if len(names) != 1 || names[0].Name != "_xlnm.Print_Titles" || names[0].RefersTo != "'Sheet1'!$4:$5" || names[0].Scope != "Sheet1" {
		t.Errorf("print titles = %+v", names)
	}
}
