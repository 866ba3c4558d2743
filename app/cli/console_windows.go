//go:build windows

package cli

import (
	"os"
	"syscall"
)

// AttachConsole connects a GUI-subsystem tdkt.exe to the console of the
// cmd.exe or PowerShell that started it, so commands print their output
// there. Started from Explorer there is no such console and nothing changes.
func AttachConsole() {
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	proc := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if r, _, _ := proc.Call(attachParentProcess); r == 0 {
		return
	}
	if f, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		if fi, _ := os.Stdout.Stat(); fi == nil {
			os.Stdout = f
		}
		if fi, _ := os.Stderr.Stat(); fi == nil {
			os.Stderr = f
		}
	}
}
