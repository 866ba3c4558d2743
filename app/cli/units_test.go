package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// run runs a command line against the database at db.
func run(t *testing.T, db string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(context.Background(), Env{DBPath: db, Stdout: &out, Stderr: &errb}, args)
	return out.String(), errb.String(), code
}

func TestUnitsLoadCounts(t *testing.T) {
	cases := []struct {
		source, province string
		want             string
		level            map[int]int
	}{
		{"2025-03", "06", "Tỉnh Bắc Kạn (06): 8 huyện, 108 xã", map[int]int{1: 1, 2: 8, 3: 108}},
		{"2025-07", "04", "Tỉnh Cao Bằng (04): 56 xã", map[int]int{1: 1, 2: 56}},
	}
	for _, c := range cases {
		t.Run(c.source, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "t.db")
			out, errs, code := run(t, db, "units", "load", "--source", c.source, "--province", c.province)
			if code != 0 || !strings.Contains(out, c.want) {
				t.Fatalf("units load: code %d, out %q, err %q", code, out, errs)
			}
			first, _, _ := run(t, db, "units", "list", "--json")
			// Loading the same province twice changes nothing.
			out, _, code = run(t, db, "units", "load", "--source", c.source, "--province", c.province)
			if code != 0 || !strings.Contains(out, "thêm mới 0 đơn vị") {
				t.Errorf("second load: code %d, out %q", code, out)
			}
			second, _, _ := run(t, db, "units", "list", "--json")
			if first != second {
				t.Error("units list differs after loading the same province again")
			}
			var units []map[string]any
			if err := json.Unmarshal([]byte(second), &units); err != nil {
				t.Fatal(err)
			}
			levels := map[int]int{}
			for _, u := range units {
				for _, k := range []string{"code", "name", "type", "level", "parent"} {
					if _, ok := u[k]; !ok {
						t.Fatalf("units list --json row lacks %q: %v", k, u)
					}
				}
				if len(u) != 5 {
					t.Errorf("units list --json row has extra fields: %v", u)
				}
				levels[int(u["level"].(float64))]++
			}
			for l, n := range c.level {
				if levels[l] != n {
					t.Errorf("level %d: %d units, want %d", l, levels[l], n)
				}
			}
		})
	}
}

func TestUnitsListJSONFields(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if _, e, code := run(t, db, "units", "load", "--source", "2025-03", "--province", "38"); code != 0 {
		t.Fatal(e)
	}
	out, _, code := run(t, db, "units", "list", "--province", "38", "--json")
	if code != 0 {
		t.Fatal(code)
	}
	var units []struct {
		Code, Name, Type, Parent string
		Level                    int
	}
	if err := json.Unmarshal([]byte(out), &units); err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, u := range units {
		switch u.Code {
		case "38":
			found[u.Code] = u.Name == "Tỉnh Thanh Hóa" && u.Type == "Tỉnh" && u.Level == 1 && u.Parent == ""
		case "398":
			found[u.Code] = u.Name == "Huyện Thiệu Hóa" && u.Type == "Huyện" && u.Level == 2 && u.Parent == "38"
		case "15775":
			found[u.Code] = u.Name == "Xã Thiệu Ngọc" && u.Type == "Xã" && u.Level == 3 && u.Parent == "398"
		}
	}
	for _, code := range []string{"38", "398", "15775"} {
		if !found[code] {
			t.Errorf("unit %s missing or wrong in units list --json", code)
		}
	}
}

func TestCommandErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"units", "load", "--source", "2024-01", "--province", "06"}, 2, "--source phải là 2025-07 hoặc 2025-03"},
		{[]string{"units", "load", "--province", "06"}, 2, "cần --source và --province"},
		{[]string{"units", "load", "--source", "2025-07", "--province", "06"}, 1, "Không có tỉnh mã"},
		{[]string{"units", "list", "--province", "99"}, 1, "chưa có tỉnh mã"},
		{[]string{"khong-co-lenh"}, 2, "lệnh không có"},
		{[]string{"import", "/khong/co/tep.xlsx"}, 1, "không tìm thấy tệp"},
	}
	for _, c := range cases {
		_, errs, code := run(t, db, c.args...)
		if code != c.code || !strings.Contains(errs, c.msg) {
			t.Errorf("%v: code %d, stderr %q; want code %d and %q", c.args, code, errs, c.code, c.msg)
		}
	}
	out, _, code := run(t, db, "help")
	if code != 0 || !strings.Contains(out, "units load") {
		t.Errorf("help: code %d, out %q", code, out)
	}
}
