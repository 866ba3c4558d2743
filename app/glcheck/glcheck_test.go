package glcheck

import (
	"strings"
	"testing"
)

func TestSufficientVersions(t *testing.T) {
	for version, want := range map[string]bool{
		"1.1.0":                        false, // Windows' own GDI Generic renderer
		"1.4 (2.1 Mesa 7.0.4)":         false,
		"2.0.0":                        false,
		"2.1 Mesa 23.1.9":              true,
		"2.1.2 NVIDIA 310.44":          true,
		"3.3.0 - Build 27.20.100.8681": true,
		"4.6.0 NVIDIA 537.58":          true,
		"4.5 (Compatibility Profile) Mesa 22.3.6": true,
		"10.0":          true,
		"":              false,
		"OpenGL ES 3.2": false,
		"x.y":           false,
	} {
		if got := sufficient(version); got != want {
			t.Errorf("sufficient(%q) = %v, want %v", version, got, want)
		}
	}
}

func TestAdviceNamesTheWorkaround(t *testing.T) {
	m := &MissingError{Found: "1.1.0", Renderer: "GDI Generic"}
	advice := m.Advice()
	for _, want := range []string{"OpenGL 1.1.0 (GDI Generic)", "OpenGL 2.1", "Remote Desktop", "mesa-dist-win", "opengl32.dll", "cùng thư mục với tdkt.exe", "trình điều khiển card màn hình"} {
		if !strings.Contains(advice, want) {
			t.Errorf("advice lacks %q:\n%s", want, advice)
		}
	}
	if got := (&MissingError{Reason: "wglCreateContext: lỗi"}).Error(); !strings.Contains(got, "wglCreateContext") {
		t.Errorf("error without a version = %q", got)
	}
}
