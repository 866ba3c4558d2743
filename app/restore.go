package app

import (
	"fmt"
	"log"
	"path/filepath"
	"time"

	"tdkt/data"
)

// Restore closes the store, replaces the database with the backup at path
// (checked and confirmed by the settings screen) and opens it again, then
// shows the unit screen of the restored data.
func (s *Shell) Restore(path string) {
	dbPath := s.store.Path()
	if err := s.store.Close(); err != nil {
		log.Printf("restore: close %s: %v", dbPath, err)
	}
	safety, err := data.Restore(s.ctx, path, dbPath, time.Now())
	st, openErr := data.Open(dbPath)
	if openErr != nil {
		s.showError(fmt.Errorf("không mở lại được cơ sở dữ liệu: %w", openErr))
		return
	}
	s.store = st
	if err != nil {
		s.showError(err)
		return
	}
	s.nav.UnselectAll()
	s.nav.Select(SecUnits)
	s.SetStatus("Đã khôi phục từ " + filepath.Base(path) + "; dữ liệu trước đó giữ tại " + safety)
}
