package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBackupRestoreCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tdkt.db")
	if _, e, code := run(t, db, "units", "load", "--source", "2025-07", "--province", "04"); code != 0 {
		t.Fatal(e)
	}
	copyPath := filepath.Join(dir, "sao lưu.db")
	out, e, code := run(t, db, "backup", copyPath)
	if code != 0 || !strings.Contains(out, "57 đơn vị hành chính") {
		t.Fatalf("backup: %d %q %q", code, out, e)
	}
	before, _, _ := run(t, db, "units", "list", "--json")
	run(t, db, "units", "load", "--source", "2025-03", "--province", "06")
	out, e, code = run(t, db, "restore", copyPath)
	if code != 0 || !strings.Contains(out, "Đã khôi phục") {
		t.Fatalf("restore: %d %q %q", code, out, e)
	}
	after, _, _ := run(t, db, "units", "list", "--json")
	if before != after {
		t.Error("units after restore differ from the backup's")
	}
	// A file that is not a tdkt database is refused and nothing changes.
	bad := filepath.Join(dir, "bad.db")
	os.WriteFile(bad, []byte("not sqlite"), 0o644)
	if _, e, code := run(t, db, "restore", bad); code == 0 || !strings.Contains(e, "bad.db") {
		t.Errorf("restore of garbage: code %d, %q", code, e)
	}
	again, _, _ := run(t, db, "units", "list", "--json")
	if again != before {
		t.Error("a refused restore changed the database")
	}
}
