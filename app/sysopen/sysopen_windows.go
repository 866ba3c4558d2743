//go:build windows

package sysopen

import (
	"fmt"
	"path/filepath"
	"runtime"
	"unsafe"

	"golang.org/x/sys/windows"
)

var procShellExecuteW = windows.NewLazySystemDLL("shell32.dll").NewProc("ShellExecuteW")

// ShellExecuteW returns a value above 32 on success, else one of these.
const (
	seErrFileNotFound    = 2
	seErrPathNotFound    = 3
	seErrAccessDenied    = 5
	seErrOutOfMemory     = 8
	seErrShare           = 26
	seErrAssocIncomplete = 27
	seErrNoAssoc         = 31
)

// shellExecute runs a verb of the shell on a file, on a thread of its own
// with COM initialised as ShellExecute's documentation asks (shell
// extensions may run in-process), and returns ShellExecuteW's result.
func shellExecute(verb, path string) (uintptr, error) {
	v, err := windows.UTF16PtrFromString(verb)
	if err != nil {
		return 0, err
	}
	file, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return 0, fmt.Errorf("tên tệp %q không hợp lệ", path)
	}
	dir, err := windows.UTF16PtrFromString(filepath.Dir(path))
	if err != nil {
		return 0, err
	}
	result := make(chan uintptr, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := windows.CoInitializeEx(0, windows.COINIT_APARTMENTTHREADED|windows.COINIT_DISABLE_OLE1DDE); err == nil {
			defer windows.CoUninitialize()
		}
		r, _, _ := procShellExecuteW.Call(0, uintptr(unsafe.Pointer(v)), uintptr(unsafe.Pointer(file)),
			0, uintptr(unsafe.Pointer(dir)), windows.SW_SHOWNORMAL)
		result <- r
	}()
	return <-result, nil
}

func openFile(path string) error {
	r, err := shellExecute("open", path)
	if err != nil {
		return err
	}
	if r > 32 {
		return nil
	}
	return shellError("mở", r, path)
}

func printFile(path string) error {
	r, err := shellExecute("print", path)
	if err != nil {
		return err
	}
	switch {
	case r > 32:
		return nil
	case r == seErrNoAssoc || r == seErrAssocIncomplete:
		if err := openFile(path); err != nil {
			return err
		}
		return ErrOpenedToPrint
	}
	return shellError("in", r, path)
}

// shellError words a ShellExecuteW failure for the user.
func shellError(what string, code uintptr, path string) error {
	var why string
	switch code {
	case seErrFileNotFound, seErrPathNotFound:
		why = "không tìm thấy tệp"
	case seErrAccessDenied:
		why = "không có quyền truy cập tệp"
	case seErrOutOfMemory:
		why = "máy không đủ bộ nhớ"
	case seErrShare:
		why = "tệp đang được chương trình khác dùng"
	case seErrNoAssoc, seErrAssocIncomplete:
		why = fmt.Sprintf("máy này chưa có chương trình nào được chọn để %s tệp %s", what, filepath.Ext(path))
	default:
		why = fmt.Sprintf("Windows báo lỗi %d", code)
	}
	return fmt.Errorf("không %s được %s: %s", what, path, why)
}

func documents() (string, error) {
	dir, err := windows.KnownFolderPath(windows.FOLDERID_Documents, windows.KF_FLAG_DEFAULT)
	if err != nil {
		return "", fmt.Errorf("không tìm thấy thư mục Tài liệu (Documents) của người dùng: %w", err)
	}
	return dir, nil
}
