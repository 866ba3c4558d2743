//go:build !windows

package sysopen

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// opener is the command that opens a file with its default application.
func opener() string {
	if runtime.GOOS == "darwin" {
		return "open"
	}
	return "xdg-open"
}

func openFile(path string) error {
	name := opener()
	bin, err := exec.LookPath(name)
	if err != nil {
		return fmt.Errorf("không mở được %s: máy này không có lệnh %s", path, name)
	}
	cmd := exec.Command(bin, path)
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("không mở được %s: %w", path, err)
	}
	// An opener that cannot find an application fails at once; one that
	// runs the application itself keeps running and is left to it.
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			if exit.ExitCode() == 3 { // xdg-open: no tool found for the type
				return fmt.Errorf("không mở được %s: máy này chưa có chương trình nào mở được tệp %s", path, filepath.Ext(path))
			}
			return fmt.Errorf("không mở được %s: %s thoát với mã %d", path, name, exit.ExitCode())
		}
		if err != nil {
			return fmt.Errorf("không mở được %s: %w", path, err)
		}
		return nil
	case <-time.After(3 * time.Second):
		return nil
	}
}

func printFile(path string) error {
	lp, err := exec.LookPath("lp")
	if err != nil {
		if err := openFile(path); err != nil {
			return err
		}
		return ErrOpenedToPrint
	}
	if out, err := exec.Command(lp, "--", path).CombinedOutput(); err != nil {
		msg := strings.TrimSpace(string(out))
		if msg == "" {
			msg = err.Error()
		}
		return fmt.Errorf("không in được %s: %s", path, msg)
	}
	return nil
}

func documents() (string, error) {
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("không tìm thấy thư mục của người dùng: %w", err)
	}
	docs := filepath.Join(home, "Documents")
	if fi, err := os.Stat(docs); err == nil && fi.IsDir() {
		return docs, nil
	}
	return home, nil
}
