package data

import (
	"errors"
	"os"
	"path/filepath"
)

// ErrInUse means another tdkt window already has the database open.
var ErrInUse = errors.New("cơ sở dữ liệu này đang được mở trong một cửa sổ tdkt khác; hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại")

// LockWindow takes the lock that lets only one tdkt window work on the
// database at dbPath (commands may still run beside it: SQLite serialises
// their writes). The lock is the OS's, so a crashed window leaves none
// behind. release gives it back.
func LockWindow(dbPath string) (release func(), err error) {
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o755); err != nil {
		return nil, failed(err, "không tạo được thư mục dữ liệu")
	}
	return lockFile(dbPath + ".lock")
}
