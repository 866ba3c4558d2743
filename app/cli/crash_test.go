package cli

import (
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tdkt/data/sample/scale"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/reports/electiondocs"
	"tdkt/reports/nominations"
)

// crashRows is the size of the nomination workbook the crash test imports.
const crashRows = 20_000

// crashProvince is the province whose generated election the crash test
// imports (Bắc Kạn: 108 communes, about 900 polling areas).
const crashProvince = "06"

// TestCrashDuringImport starts the real binary on a large import and kills
// it with SIGKILL at moments spread over the whole import (reading the
// workbook, checking it, writing, committing, after), 20 times for a
// nomination workbook of 20.000 rows and 6 times for a province's
// election workbook. After each kill the database must pass PRAGMA
// integrity_check and foreign_key_check, show either none or all of the
// import (never part of it), and the next run must work: the import then
// completes, or a second import changes nothing.
func TestCrashDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and imports about 55 times (2–5 minutes)")
	}
	dir := t.TempDir()
	bin := buildBinary(t, dir)

	t.Run("nominations", func(t *testing.T) {
		t.Parallel()
		book := writeNominationBook(t, filepath.Join(dir, "denghi.xlsx"), crashRows)
		crashLoop(t, bin, book, 20, nil, []string{"nominations", "nominees", "proposers", "campaigns", "audit_log"})
	})
	t.Run("election", func(t *testing.T) {
		t.Parallel()
		book := writeElectionBook(t, filepath.Join(dir, "baucu.xlsx"), crashProvince)
		units := []string{"units", "load", "--source", "2025-03", "--province", crashProvince}
		crashLoop(t, bin, book, 6, units, []string{"elections", "constituencies", "candidates", "polling_areas", "tallies", "votes", "audit_log"})
	})
}

// buildBinary builds tdkt from the module root into dir.
func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	root, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Fatalf("go env GOMOD: %v", err)
	}
	bin := filepath.Join(dir, "tdkt")
	if os.PathSeparator == '\\' {
		bin += ".exe"
	}
	start := time.Now()
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = filepath.Dir(strings.TrimSpace(string(root)))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	t.Logf("built %s in %v", bin, time.Since(start).Round(time.Millisecond))
	return bin
}

// crashLoop measures one complete import on a fresh database (and how
// big its write-ahead log grows), then kills the import kills times and
// checks the database after each kill before running the import again.
// Even kills come at a random moment of an even slice of the import's
// duration (reading, checking, writing, committing); odd kills come when
// the write-ahead log has grown to a random part of its final size, that
// is in the middle of the commit, the moment a crash can hurt most.
// prepare is a command run on each fresh database first (units for an
// election). The last table of tables is the audit log, which a second
// successful import may add a line to.
func crashLoop(t *testing.T, bin, book string, kills int, prepare []string, tables []string) {
	dir := t.TempDir()
	fresh := func(name string) string {
		db := filepath.Join(dir, name)
		if prepare != nil {
			if out, err := tdkt(bin, db, prepare...); err != nil {
				t.Fatalf("%v: %v\n%s", prepare, err, out)
			}
		}
		return db
	}
	empty := countRows(t, fresh("empty.db"), tables)
	ref := fresh("reference.db")
	full, maxWAL, err := importWatched(bin, ref, book)
	if err != nil {
		t.Fatalf("reference import: %v", err)
	}
	want := countRows(t, ref, tables)
	t.Logf("a complete import takes %v, its write-ahead log grows to %d KB; before %v, after %v (%v)",
		full.Round(time.Millisecond), maxWAL>>10, empty, want, tables)

	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	var none, all, midCommit, late int
	for i := 0; i < kills; i++ {
		db := fresh(fmt.Sprintf("kill-%02d.db", i))
		cmd := exec.Command(bin, "--db", db, "import", book)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		var how string
		if i%2 == 0 {
			at := time.Duration((float64(i/2) + r.Float64()) / float64((kills+1)/2) * float64(full))
			how = fmt.Sprintf("at %v", at.Round(time.Millisecond))
			select {
			case <-time.After(at):
			case err := <-exited:
				exited <- err
			}
		} else {
			threshold := int64((0.05 + 0.95*r.Float64()) * float64(maxWAL))
			how = fmt.Sprintf("at %d KB of log", threshold>>10)
			if waitWAL(db, threshold, exited, 3*full) {
				midCommit++
			}
		}
		cmd.Process.Kill()
		if err := <-exited; err == nil {
			late++
			how += " (after the import ended)"
		}

		checkIntegrity(t, db)
		got := countRows(t, db, tables)
		switch {
		case equal(got, empty):
			none++
		case equal(got, want):
			all++
		default:
			t.Fatalf("kill %d %s: partial import visible: %v (before %v, complete %v)", i, how, got, empty, want)
		}
		// The next run works: the import completes, or (when it had
		// landed) a second import refuses or changes nothing.
		out, err := tdkt(bin, db, "import", book)
		if equal(got, empty) && err != nil {
			t.Fatalf("kill %d: the import after the crash failed: %v\n%s", i, err, out)
		}
		after := countRows(t, db, tables)
		n := len(tables) - 1
		if !equal(after[:n], want[:n]) || after[n] < want[n] {
			t.Fatalf("kill %d: after the next run %v, want %v (%v)\n%s", i, after, want, err, out)
		}
		t.Logf("kill %2d %-34s %-17s next run: %s", i, how+":", map[bool]string{true: "nothing imported;", false: "all imported;"}[equal(got, empty)], firstLine(out, err))
	}
	t.Logf("%d/%d kills left a sound database: %d with nothing imported, %d with everything; %d in the middle of the commit, %d after the import had ended",
		none+all, kills, none, all, midCommit, late)
}

// importWatched runs a complete import and reports how long it took and
// the largest size its write-ahead log reached.
func importWatched(bin, db, book string) (time.Duration, int64, error) {
	start := time.Now()
	cmd := exec.Command(bin, "--db", db, "import", book)
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	var maxWAL int64
	for {
		select {
		case err := <-exited:
			if err != nil {
				return 0, 0, fmt.Errorf("%v\n%s", err, out.String())
			}
			return time.Since(start), maxWAL, nil
		case <-time.After(200 * time.Microsecond):
			if fi, err := os.Stat(db + "-wal"); err == nil {
				maxWAL = max(maxWAL, fi.Size())
			}
		}
	}
}

// waitWAL waits until the write-ahead log of db reaches size bytes, the
// process exits (its result is put back on exited) or limit passes; it
// reports whether the log reached size.
func waitWAL(db string, size int64, exited chan error, limit time.Duration) bool {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			exited <- err
			return false
		default:
		}
		if fi, err := os.Stat(db + "-wal"); err == nil && fi.Size() >= size {
			return true
		}
		time.Sleep(100 * time.Microsecond)
	}
	return false
}

// tdkt runs the binary to completion and returns what it printed.
func tdkt(bin, db string, args ...string) (string, error) {
	out, err := exec.Command(bin, append([]string{"--db", db}, args...)...).CombinedOutput()
	return string(out), err
}

// firstLine sums up a run for the log.
func firstLine(out string, err error) string {
	line, _, _ := strings.Cut(strings.TrimSpace(out), "\n")
	if r := []rune(line); len(r) > 90 {
		line = string(r[:90]) + "…"
	}
	if err != nil {
		return "refused (" + line + ")"
	}
	return "ok (" + line + ")"
}

// checkIntegrity opens the database as tdkt does (recovering the WAL) and
// runs SQLite's own checks.
func checkIntegrity(t *testing.T, db string) {
	t.Helper()
	if _, err := os.Stat(db); errors.Is(err, os.ErrNotExist) {
		return // killed before the file was created
	}
	st, err := data.Open(db)
	if err != nil {
		t.Fatalf("after the kill the database does not open: %v", err)
	}
	defer st.Close()
	var res string
	if err := st.DB().QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q, %v", res, err)
	}
	rows, err := st.DB().Query(`PRAGMA foreign_key_check`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	if rows.Next() {
		t.Fatal("foreign_key_check found rows pointing nowhere")
	}
}

// countRows counts the rows of tables; a database never created counts as
// empty of everything.
func countRows(t *testing.T, db string, tables []string) []int {
	t.Helper()
	out := make([]int, len(tables))
	if _, err := os.Stat(db); errors.Is(err, os.ErrNotExist) {
		return out
	}
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i, table := range tables {
		if err := st.DB().QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&out[i]); err != nil && !errors.Is(err, sql.ErrNoRows) {
			t.Fatal(err)
		}
	}
	return out
}

func equal(a, b []int) bool {
	return fmt.Sprint(a) == fmt.Sprint(b)
}

// writeNominationBook writes scale.GenerateNominations(n) as a
// nomination workbook naming its campaign, streamed as the benchmark's
// workbook is.
func writeNominationBook(t *testing.T, path string, n int) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", nominations.SheetNominations)
	sw, err := f.NewStreamWriter(nominations.SheetNominations)
	if err != nil {
		t.Fatal(err)
	}
	sw.SetRow("A1", []any{nominations.ColSTT, nominations.ColKind, nominations.ColName, nominations.ColBirth, nominations.ColSex,
		nominations.ColPosition, nominations.ColWorkplace, nominations.ColForm, nominations.ColRank, nominations.ColAchievement, nominations.ColProposer})
	for i, in := range scale.GenerateNominations(n) {
		birth := in.Birth
		if len(birth) == 10 {
			birth = birth[8:] + "/" + birth[5:7] + "/" + birth[:4]
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", i+2), []any{i + 1, string(in.Kind), in.Name, birth, in.Sex, in.Position, in.Workplace,
			in.Form, string(in.Rank), in.Achievement, in.Proposer}); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	f.NewSheet(nominations.SheetCampaign)
	f.SetSheetRow(nominations.SheetCampaign, "A1", &[]any{nominations.ColCampaignName, nominations.ColPlanNumber, nominations.ColPlanDate})
	f.SetSheetRow(nominations.SheetCampaign, "A2", &[]any{"Đợt thi đua thử sập nguồn", "7/KH-UBND", "01/08/2025"})
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// writeElectionBook writes the generated national election's rows of one
// province as an election workbook.
func writeElectionBook(t *testing.T, path, province string) string {
	t.Helper()
	stop := errors.New("stop")
	_, err := scale.NationalByProvince(1, func(p string, in data.ElectionImport) error {
		if p != province {
			return nil
		}
		if err := electiondocs.Fill(path, in); err != nil {
			return err
		}
		t.Logf("election workbook of province %s: %d polling areas, %d tallies", p, len(in.PollingAreas), len(in.Tallies))
		return stop
	})
	if !errors.Is(err, stop) {
		t.Fatalf("province %s not generated: %v", province, err)
	}
	return path
}
