package widget

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"tdkt/app/sysopen"
	"tdkt/data/vn"
)

// DocumentsFolder is where documents go by default: the user's Documents
// folder (on Windows the known folder, wherever it was redirected), else
// the home folder.
func DocumentsFolder() string {
	dir, err := sysopen.Documents()
	if err == nil {
		return dir
	}
	log.Printf("documents folder: %v; using the home folder", err)
	home, err := os.UserHomeDir()
	if err != nil {
		log.Printf("home folder: %v", err)
	}
	return home
}

// DocumentPath is where tdkt writes a document to view or print it:
// <Documents>/tdkt/<name with "-" for "/">[suffix].pdf, in NFC.
func DocumentPath(name, suffix string) string {
	base := strings.ReplaceAll(name, "/", "-") + suffix + ".pdf"
	return filepath.Join(DocumentsFolder(), "tdkt", vn.NFC(base))
}

// WriteDocument renders a document in the background behind a progress
// dialog, writes it whole at path, then opens it (or prints it) with the
// system's application and calls written with path.
func WriteDocument(w fyne.Window, path string, print bool, render func(ctx context.Context, out *bytes.Buffer) error, written func(path string)) {
	RunLong(w, "Tạo tệp PDF", func(ctx context.Context, p Progress) error {
		p(-1, "Đang tạo "+filepath.Base(path)+"…")
		var buf bytes.Buffer
		if err := render(ctx, &buf); err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		return os.WriteFile(path, buf.Bytes(), 0o644)
	}, func(err error) {
		if err != nil {
			ShowError(w, err)
			return
		}
		hand := sysopen.Open
		if print {
			hand = sysopen.Print
		}
		if err := hand(path); err != nil {
			ShowError(w, fmt.Errorf("đã tạo %s nhưng không mở được bằng chương trình của hệ thống: %w", path, err))
			return
		}
		written(path)
	})
}

// RemoveIfEmpty deletes a file that a save dialog created but nothing
// filled, so that a failed export leaves nothing half-made.
func RemoveIfEmpty(path string) {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() && fi.Size() == 0 {
		if err := os.Remove(path); err != nil {
			log.Printf("remove the empty %s: %v", path, err)
		}
	}
}
