// Package cli runs tdkt's commands without a window: the same store and
// reports the window uses, driven from scripts and tests. Every command
// prints a clear message on bad input and returns a non-zero exit code.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"tdkt/data"
)

// Env is what a command runs with.
type Env struct {
	DBPath string
	Stdout io.Writer
	Stderr io.Writer
}

// command is one verb of the command line.
type command struct {
	usage string // arguments, after the command's name
	help  string // one line, Vietnamese
	run   func(ctx context.Context, env Env, st *data.Store, args []string) error
	// bare commands get no open store (st is nil): restore replaces the file.
	bare bool
}

// commands is filled by the files named after each command.
var commands = map[string]command{}

func register(name, usage, help string, run func(context.Context, Env, *data.Store, []string) error) {
	commands[name] = command{usage: usage, help: help, run: run}
}

// errUsage marks an error that should be followed by the command's usage.
var errUsage = errors.New("sai cú pháp")

// Usage writes the list of commands.
func Usage(w io.Writer) {
	fmt.Fprintln(w, "tdkt – Bầu cử và Thi đua, Khen thưởng")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "Cách dùng: tdkt [--db TỆP] [lệnh] [tham số]")
	fmt.Fprintln(w, "  không có lệnh: mở cửa sổ chương trình")
	fmt.Fprintln(w, "  --db TỆP: tệp cơ sở dữ liệu SQLite; mặc định: biến TDKT_DB, nếu không có thì <thư mục cấu hình>/tdkt/tdkt.db")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "Các lệnh:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := commands[n]
		fmt.Fprintf(w, "  %s %s\n      %s\n", n, c.usage, c.help)
	}
}

// Run runs the command in args (e.g. ["units", "load", "--source", ...])
// and returns the process exit code.
func Run(ctx context.Context, env Env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		Usage(env.Stdout)
		return 0
	}
	name, rest := args[0], args[1:]
	// Commands with a sub-verb are registered as "units load", "decision pdf", ...
	if len(rest) > 0 {
		if _, ok := commands[name+" "+rest[0]]; ok {
			name, rest = name+" "+rest[0], rest[1:]
		}
	}
	c, ok := commands[name]
	if ok && c.bare {
		return finish(env, name, c, c.run(ctx, env, nil, rest))
	}
	if !ok {
		fmt.Fprintf(env.Stderr, "tdkt: lệnh không có: %q\n\n", strings.Join(args[:min(2, len(args))], " "))
		Usage(env.Stderr)
		return 2
	}
	st, err := data.Open(env.DBPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "tdkt: %v\n", err)
		return 1
	}
	defer st.Close()
	return finish(env, name, c, c.run(ctx, env, st, rest))
}

// finish reports a command's error and turns it into the exit code.
func finish(env Env, name string, c command, err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintf(env.Stderr, "tdkt %s: %v\n", name, err)
	if errors.Is(err, errUsage) {
		fmt.Fprintf(env.Stderr, "Cách dùng: tdkt %s %s\n", name, c.usage)
		return 2
	}
	return 1
}

// flags makes a FlagSet for a command that reports errors as errUsage.
func flags(name string, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet("tdkt "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	return fs
}

// parse parses args and wraps a bad flag as errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}
