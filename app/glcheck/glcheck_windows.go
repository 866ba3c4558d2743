//go:build windows

package glcheck

import (
	"fmt"
	"runtime"
	"unsafe"

	"golang.org/x/sys/windows"
)

var (
	kernel32 = windows.NewLazySystemDLL("kernel32.dll")
	user32   = windows.NewLazySystemDLL("user32.dll")
	gdi32    = windows.NewLazySystemDLL("gdi32.dll")
	// opengl32.dll is looked up by name as GLFW does, so that a Mesa
	// opengl32.dll placed beside tdkt.exe is the one checked.
	opengl32 = windows.NewLazyDLL("opengl32.dll")

	procGetModuleHandleW  = kernel32.NewProc("GetModuleHandleW")
	procRegisterClassExW  = user32.NewProc("RegisterClassExW")
	procUnregisterClassW  = user32.NewProc("UnregisterClassW")
	procCreateWindowExW   = user32.NewProc("CreateWindowExW")
	procDestroyWindow     = user32.NewProc("DestroyWindow")
	procDefWindowProcW    = user32.NewProc("DefWindowProcW")
	procGetDC             = user32.NewProc("GetDC")
	procReleaseDC         = user32.NewProc("ReleaseDC")
	procChoosePixelFormat = gdi32.NewProc("ChoosePixelFormat")
	procSetPixelFormat    = gdi32.NewProc("SetPixelFormat")
	procWglCreateContext  = opengl32.NewProc("wglCreateContext")
	procWglDeleteContext  = opengl32.NewProc("wglDeleteContext")
	procWglMakeCurrent    = opengl32.NewProc("wglMakeCurrent")
	procGlGetString       = opengl32.NewProc("glGetString")
)

const (
	csOwnDC          = 0x0020
	wsPopup          = 0x80000000
	pfdDrawToWindow  = 0x00000004
	pfdSupportOpenGL = 0x00000020
	pfdDoubleBuffer  = 0x00000001
	glRenderer       = 0x1F01
	glVersion        = 0x1F02
)

// wndClassEx is WNDCLASSEXW.
type wndClassEx struct {
	size       uint32
	style      uint32
	wndProc    uintptr
	clsExtra   int32
	wndExtra   int32
	instance   uintptr
	icon       uintptr
	cursor     uintptr
	background uintptr
	menuName   *uint16
	className  *uint16
	iconSm     uintptr
}

// pixelFormatDescriptor is PIXELFORMATDESCRIPTOR.
type pixelFormatDescriptor struct {
	size, version                                           uint16
	flags                                                   uint32
	pixelType, colorBits, redBits, redShift                 uint8
	greenBits, greenShift, blueBits, blueShift              uint8
	alphaBits, alphaShift, accumBits, accumRedBits          uint8
	accumGreenBits, accumBlueBits, accumAlphaBits           uint8
	depthBits, stencilBits, auxBuffers, layerType, reserved uint8
	layerMask, visibleMask, damageMask                      uint32
}

// check makes a hidden window with a legacy OpenGL context, as GLFW does
// before it asks for version 2.1, and reads the version the driver gives.
func check() error {
	version, renderer, err := probe()
	if err != nil {
		return err
	}
	if !sufficient(version) {
		return &MissingError{Found: version, Renderer: renderer}
	}
	return nil
}

// probe returns GL_VERSION and GL_RENDERER of a context on a hidden
// window. A *MissingError means OpenGL itself failed; any other error, that
// the window for the test could not be made.
func probe() (version, renderer string, err error) {
	runtime.LockOSThread() // a GL context is current on one thread
	defer runtime.UnlockOSThread()
	if err := opengl32.Load(); err != nil {
		return "", "", &MissingError{Reason: "không có opengl32.dll"}
	}
	inst, _, _ := procGetModuleHandleW.Call(0)
	class, _ := windows.UTF16PtrFromString("tdktOpenGLCheck")
	wc := wndClassEx{style: csOwnDC, wndProc: procDefWindowProcW.Addr(), instance: inst, className: class}
	wc.size = uint32(unsafe.Sizeof(wc))
	if r, _, e := procRegisterClassExW.Call(uintptr(unsafe.Pointer(&wc))); r == 0 {
		return "", "", fmt.Errorf("RegisterClassExW: %v", e)
	}
	defer procUnregisterClassW.Call(uintptr(unsafe.Pointer(class)), inst)
	hwnd, _, e := procCreateWindowExW.Call(0, uintptr(unsafe.Pointer(class)), uintptr(unsafe.Pointer(class)),
		wsPopup, 0, 0, 1, 1, 0, 0, inst, 0)
	if hwnd == 0 {
		return "", "", fmt.Errorf("CreateWindowExW: %v", e)
	}
	defer procDestroyWindow.Call(hwnd)
	hdc, _, _ := procGetDC.Call(hwnd)
	if hdc == 0 {
		return "", "", fmt.Errorf("GetDC failed")
	}
	defer procReleaseDC.Call(hwnd, hdc)

	pfd := pixelFormatDescriptor{version: 1, flags: pfdDrawToWindow | pfdSupportOpenGL | pfdDoubleBuffer,
		colorBits: 32, depthBits: 24, stencilBits: 8}
	pfd.size = uint16(unsafe.Sizeof(pfd))
	format, _, _ := procChoosePixelFormat.Call(hdc, uintptr(unsafe.Pointer(&pfd)))
	if format == 0 {
		return "", "", &MissingError{Reason: "không có định dạng điểm ảnh OpenGL nào"}
	}
	if r, _, e := procSetPixelFormat.Call(hdc, format, uintptr(unsafe.Pointer(&pfd))); r == 0 {
		return "", "", &MissingError{Reason: fmt.Sprintf("SetPixelFormat: %v", e)}
	}
	ctx, _, e := procWglCreateContext.Call(hdc)
	if ctx == 0 {
		return "", "", &MissingError{Reason: fmt.Sprintf("wglCreateContext: %v", e)}
	}
	defer procWglDeleteContext.Call(ctx)
	if r, _, e := procWglMakeCurrent.Call(hdc, ctx); r == 0 {
		return "", "", &MissingError{Reason: fmt.Sprintf("wglMakeCurrent: %v", e)}
	}
	defer procWglMakeCurrent.Call(0, 0)
	return glString(glVersion), glString(glRenderer), nil
}

// glString reads one of glGetString's static strings.
func glString(name uintptr) string {
	r, _, _ := procGlGetString.Call(name)
	// r points into the driver's memory, not Go's: read it through a
	// pointer-typed copy instead of converting the uintptr.
	return windows.BytePtrToString(*(**byte)(unsafe.Pointer(&r)))
}

// explain shows the advice in a native message box: Fyne cannot show it,
// and a program started from Explorer has no console to print to.
func explain(m *MissingError) {
	const mbOK, mbIconError, mbSetForeground = 0x0, 0x10, 0x10000
	text, _ := windows.UTF16PtrFromString(m.Advice())
	caption, _ := windows.UTF16PtrFromString("tdkt – không mở được cửa sổ")
	windows.MessageBox(0, text, caption, mbOK|mbIconError|mbSetForeground)
}
