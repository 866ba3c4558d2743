// Package sysopen hands files to the desktop shell: Open shows a file in
// the application the user chose for its type (a PDF in the PDF reader, a
// workbook in Excel), Print prints it through that application, and
// Documents names the user's Documents folder, where exports are saved.
//
// It imports no Fyne: the window, the commands and the tests share it.
// Windows uses ShellExecuteW with the verbs "open" and "print" and the
// known folder FOLDERID_Documents; Linux and other Unix systems use
// xdg-open (macOS: open) and CUPS's lp.
package sysopen

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrOpenedToPrint is returned by Print when the system has no print
// command for the file's type (or no print spooler): the file was opened
// with its default application instead, for the user to print from there.
var ErrOpenedToPrint = errors.New("máy chưa có lệnh in trực tiếp cho loại tệp này; tệp đã được mở để bạn in từ chương trình đang hiển thị nó (Ctrl+P)")

// Open opens path with the default application for its type.
func Open(path string) error {
	abs, err := existing(path)
	if err != nil {
		return err
	}
	return openFile(abs)
}

// Print sends path to the printer through the application registered to
// print its type. Where there is none, it opens the file and returns
// ErrOpenedToPrint.
func Print(path string) error {
	abs, err := existing(path)
	if err != nil {
		return err
	}
	return printFile(abs)
}

// Documents is the folder where the user keeps documents: on Windows the
// known folder FOLDERID_Documents (which follows a redirection to OneDrive
// or a network share), elsewhere ~/Documents when it exists, else the home
// folder.
func Documents() (string, error) { return documents() }

// existing makes path absolute and checks that it is a file.
func existing(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("đường dẫn tệp %q không hợp lệ: %w", path, err)
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return "", fmt.Errorf("không tìm thấy tệp %s", abs)
	}
	if fi.IsDir() {
		return "", fmt.Errorf("%s là một thư mục, không phải tệp", abs)
	}
	return abs, nil
}
