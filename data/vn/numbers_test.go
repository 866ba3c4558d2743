package vn_test

import (
	"math"
	"testing"

	"tdkt/data/vn"
)

func TestInt(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "0"},
		{7, "7"},
		{999, "999"},
		{1000, "1.000"},
		{1952, "1.952"},
		{2019, "2.019"},
		{3722, "3.722"},
		{242312, "242.312"},
		{69500000, "69.500.000"},
		{-7, "-7"},
		{-1234567, "-1.234.567"},
		{math.MaxInt64, "9.223.372.036.854.775.807"},
		{math.MinInt64, "-9.223.372.036.854.775.808"},
	}
	for _, tt := range tests {
		if got := vn.Int(tt.n); got != tt.want {
			t.Errorf("Int(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestDecimal2AndPercent(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{9981, "99,81"},
		{9977, "99,77"},
		{9992, "99,92"},
		{9980, "99,80"},
		{10000, "100,00"},
		{5, "0,05"},
		{50, "0,50"},
		{0, "0,00"},
		{-150, "-1,50"},
		{-5, "-0,05"},
		{123456, "1.234,56"},
		{math.MinInt64, "-92.233.720.368.547.758,08"},
	}
	for _, tt := range tests {
		if got := vn.Decimal2(tt.n); got != tt.want {
			t.Errorf("Decimal2(%d) = %q, want %q", tt.n, got, tt.want)
		}
		if got := vn.Percent(tt.n); got != tt.want+"%" {
			t.Errorf("Percent(%d) = %q, want %q", tt.n, got, tt.want+"%")
		}
	}
}

func TestMoney(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{1490000, "1.490.000"},
		{2980000, "2.980.000"},
		{0, "0"},
		{500, "500"},
		{-1500000, "-1.500.000"},
	}
	for _, tt := range tests {
		if got := vn.Money(tt.n); got != tt.want {
			t.Errorf("Money(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
