// Command tdkt is the desktop program with which Home Affairs staff keep
// election units and tallies, run emulation campaigns, collect award
// nominations, issue award decisions and send summaries to superiors.
//
// With no command it opens the window; with a command (see `tdkt help`)
// it works without a display, on the same store and reports.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	fyneapp "fyne.io/fyne/v2/app"

	"tdkt/app"
	"tdkt/app/cli"
	"tdkt/app/glcheck"
	"tdkt/data"
)

// appID is the application identifier, as in FyneApp.toml.
const appID = "vn.tdkt.desktop"

func main() {
	cli.AttachConsole()
	flags := flag.NewFlagSet("tdkt", flag.ContinueOnError)
	dbFlag := flags.String("db", "", "tệp cơ sở dữ liệu SQLite")
	flags.Usage = func() { cli.Usage(os.Stderr) }
	if err := flags.Parse(os.Args[1:]); err != nil {
		if err == flag.ErrHelp {
			os.Exit(0)
		}
		os.Exit(2)
	}
	path := *dbFlag
	if path == "" {
		p, err := data.DefaultPath()
		if err != nil {
			fmt.Fprintln(os.Stderr, "tdkt:", err)
			os.Exit(1)
		}
		path = p
	}
	if flags.NArg() > 0 {
		env := cli.Env{DBPath: path, Stdout: os.Stdout, Stderr: os.Stderr}
		os.Exit(cli.Run(context.Background(), env, flags.Args()))
	}
	os.Exit(runWindow(path))
}

// runWindow opens the store and the main window. Logs go to tdkt.log next
// to the database; a panic is logged and shown, never a bare crash.
func runWindow(path string) int {
	logFile := openLog(path)
	defer logFile.Close()
	defer func() {
		if p := recover(); p != nil {
			log.Printf("panic: %v\n%s", p, debug.Stack())
			fmt.Fprintf(os.Stderr, "tdkt gặp lỗi và phải đóng: %v (chi tiết trong %s)\n", p, logFile.Name())
			os.Exit(1)
		}
	}()
	if err := glcheck.Require(); err != nil { // before anything Fyne draws
		log.Printf("OpenGL: %v", err)
		return 1
	}
	release, err := data.LockWindow(path)
	if err != nil {
		return fatal(path, err)
	}
	defer release()
	st, err := data.Open(path)
	if err != nil {
		return fatal(path, err)
	}
	return showWindow(path, st)
}

// fatal tells the user, in a small window, why tdkt cannot start.
func fatal(path string, err error) int {
	log.Printf("open %s: %v", path, err)
	app.ShowFatal(fyneapp.NewWithID(appID), err)
	return 1
}

// showWindow runs the main window on an open store until it is closed.
func showWindow(path string, st *data.Store) int {
	defer st.Close()
	a := fyneapp.NewWithID(appID)
	a.Settings().SetTheme(app.Theme())
	s := app.NewShell(a, st)
	log.Printf("tdkt started on %s", path)
	go func() { // the day's automatic backup, off the UI goroutine
		if made, err := st.AutoBackup(context.Background(), data.BackupDir(path), time.Now(), 14); err != nil {
			log.Printf("automatic backup: %v", err)
		} else if made != "" {
			log.Printf("automatic backup: %s", made)
		}
	}()
	s.Win.ShowAndRun()
	return 0
}

func openLog(dbPath string) *os.File {
	name := filepath.Join(filepath.Dir(dbPath), "tdkt.log")
	_ = os.MkdirAll(filepath.Dir(name), 0o755)
	f, err := os.OpenFile(name, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		f, _ = os.Open(os.DevNull)
		log.SetOutput(io.Discard)
		return f
	}
	log.SetOutput(f)
	return f
}
