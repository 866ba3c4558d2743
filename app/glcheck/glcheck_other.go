//go:build !windows

package glcheck

// check does nothing outside Windows: there GLFW itself explains a
// missing OpenGL on the terminal, and tdkt's users are on Windows.
func check() error { return nil }

func explain(*MissingError) {}
