//go:build windows

package data

import (
	"errors"
	"fmt"
	"syscall"
)

// errorSharingViolation is ERROR_SHARING_VIOLATION, which package syscall
// does not name.
const errorSharingViolation syscall.Errno = 32

// lockFile opens the lock file with no sharing: a second open fails with a
// sharing violation until the first handle is closed or its process ends.
func lockFile(path string) (func(), error) {
	p, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return nil, err
	}
	h, err := syscall.CreateFile(p, syscall.GENERIC_READ|syscall.GENERIC_WRITE, 0, nil,
		syscall.OPEN_ALWAYS, syscall.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		if errors.Is(err, errorSharingViolation) {
			return nil, ErrInUse
		}
		return nil, fmt.Errorf("không khóa được %s: %w", path, err)
	}
	return func() { syscall.CloseHandle(h) }, nil
}
