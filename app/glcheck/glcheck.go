// Package glcheck tells, before Fyne starts, whether this computer can
// draw tdkt's window. Fyne draws with OpenGL 2.1; a PC without a graphics
// driver, a virtual machine or a Remote Desktop session may offer only
// Windows' own OpenGL 1.1, and Fyne would then crash while opening the
// window. Require finds that out first and tells the user how to fix it.
//
// It imports no Fyne: it must run before Fyne does.
package glcheck

import (
	"fmt"
	"strconv"
	"strings"
)

// Needed is the OpenGL version Fyne's window needs.
const Needed = "2.1"

// MissingError says that the OpenGL Fyne needs is not there: Found is what
// the driver reported (empty when no OpenGL context could be made at all).
type MissingError struct {
	Found    string // GL_VERSION, e.g. "1.1.0"
	Renderer string // GL_RENDERER, e.g. "GDI Generic"
	Reason   string // why no context could be made, when none could
}

func (e *MissingError) Error() string {
	switch {
	case e.Found != "":
		return fmt.Sprintf("máy chỉ có OpenGL %s (%s), tdkt cần OpenGL %s trở lên", e.Found, e.Renderer, Needed)
	case e.Reason != "":
		return fmt.Sprintf("không tạo được ngữ cảnh OpenGL (%s), tdkt cần OpenGL %s trở lên", e.Reason, Needed)
	}
	return fmt.Sprintf("không có OpenGL, tdkt cần OpenGL %s trở lên", Needed)
}

// Advice is the message shown to the user when OpenGL is missing: what
// happened, when it happens, and the two ways out.
func (e *MissingError) Advice() string {
	return "tdkt không mở được cửa sổ: " + e.Error() + ".\n\n" +
		"Việc này thường gặp trên máy ảo, khi làm việc qua Remote Desktop (Máy tính từ xa), " +
		"hoặc khi máy chưa cài trình điều khiển card màn hình.\n\n" +
		"Cách khắc phục (chọn một):\n" +
		"1. Cài trình điều khiển card màn hình của hãng (Intel, AMD, NVIDIA) rồi mở lại tdkt.\n" +
		"2. Tải bộ Mesa cho Windows (dự án mesa-dist-win, tệp mesa3d-…-release-msvc.7z), " +
		"giải nén, chép tệp opengl32.dll cùng các tệp .dll đi kèm trong thư mục x64 " +
		"(libgallium_wgl.dll, libglapi.dll nếu có) vào cùng thư mục với tdkt.exe, rồi mở lại tdkt.\n\n" +
		"Các lệnh của tdkt (gõ tdkt help trong cửa sổ lệnh) vẫn chạy được mà không cần OpenGL."
}

// Require checks that OpenGL 2.1 is available. Where it is not, it tells
// the user so (on Windows in a message box, before any window exists) and
// returns a *MissingError; the caller then exits. Where the check itself
// cannot run, it returns nil and leaves the verdict to Fyne.
func Require() error {
	err := check()
	if m, ok := err.(*MissingError); ok {
		explain(m)
		return m
	}
	return nil
}

// sufficient reports whether a GL_VERSION string ("4.6.0 NVIDIA 537.58",
// "1.1.0", "2.1 Mesa 23.1") names OpenGL 2.1 or later.
func sufficient(version string) bool {
	major, minor, ok := parseVersion(version)
	return ok && (major > 2 || major == 2 && minor >= 1)
}

// parseVersion reads the leading "major.minor" of a GL_VERSION string.
func parseVersion(version string) (major, minor int, ok bool) {
	head, _, _ := strings.Cut(strings.TrimSpace(version), " ")
	parts := strings.Split(head, ".")
	if len(parts) < 2 {
		return 0, 0, false
	}
	major, err1 := strconv.Atoi(parts[0])
	minor, err2 := strconv.Atoi(parts[1])
	return major, minor, err1 == nil && err2 == nil
}
