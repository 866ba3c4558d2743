package award

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"time"
)

// roundTo is the unit prize money is rounded to: 10.000 đồng.
const roundTo = 10_000

// The rounding rules of prize money (the decrees: "làm tròn số lên hàng
// chục nghìn đồng"), kept as the setting "rounding".
const (
	RoundUp      = "up"      // up to the next 10.000 đồng (the default)
	RoundNearest = "nearest" // to the nearest 10.000 đồng, 5.000 up
)

// PrizeMoney is c × baseSalary (c in thousandths), rounded UP to the next
// 10.000 đồng; exact multiples stay: 1,0 × 1.490.000 = 1.490.000;
// 0,3 × 1.490.000 = 447.000 → 450.000; 0,3 × 2.340.000 = 702.000 → 710.000.
// The product is computed exactly in 128 bits. It returns an error for a
// negative coefficient or base salary, and ErrOverflow when the result
// does not fit in int64 (far beyond any real prize).
func PrizeMoney(c Coefficient, baseSalary int64) (int64, error) {
	if c < 0 {
		return 0, fmt.Errorf("hệ số khen thưởng không được âm (%s)", c)
	}
	if baseSalary < 0 {
		return 0, fmt.Errorf("mức lương cơ sở không được âm (%d)", baseSalary)
	}
	// ceil(c × base / (1000 × 10.000)) × 10.000
	const div = 1000 * roundTo
	hi, lo := bits.Mul64(uint64(c), uint64(baseSalary))
	if hi >= div {
		return 0, ErrOverflow
	}
	q, r := bits.Div64(hi, lo, div)
	if r != 0 {
		q++
	}
	if q > math.MaxInt64/roundTo {
		return 0, ErrOverflow
	}
	return int64(q) * roundTo, nil
}

// The reasons Money fails; the returned errors wrap one of them (test with
// errors.Is) and read as a full Vietnamese sentence.
var (
	ErrNoRegime     = errors.New("không có nghị định về tiền thưởng áp dụng cho ngày quyết định")
	ErrUnknownForm  = errors.New("hình thức khen thưởng không có trong bảng hệ số")
	ErrWrongKind    = errors.New("hình thức khen thưởng không áp dụng cho loại đối tượng này")
	ErrNoBaseSalary = errors.New("chưa có mức lương cơ sở áp dụng cho ngày quyết định")
)

// moneyError is a Vietnamese sentence that wraps one of the Err* reasons.
type moneyError struct {
	msg    string
	reason error
}

func (e *moneyError) Error() string { return e.msg }
func (e *moneyError) Unwrap() error { return e.reason }

// vnDate writes a date as dd/mm/yyyy.
func vnDate(t time.Time) string { return t.Format("02/01/2006") }

// Money is the prize for an award form given to a kind of nominee by a
// decision dated decisionDate: the coefficient of the form under the regime
// in force that day, times the base salary in force that day, rounded up to
// 10.000 đồng (PrizeMoney). Form names match ignoring case and diacritics.
// Errors are Vietnamese sentences wrapping ErrNoRegime, ErrUnknownForm,
// ErrWrongKind, ErrNoBaseSalary or ErrOverflow.
func Money(forms []FormCoefficients, regimes []Regime, salaries []BaseSalary, form string, kind Kind, decisionDate time.Time) (int64, error) {
	if kind != Individual && kind != Collective {
		return 0, &moneyError{fmt.Sprintf("loại đối tượng %q không hợp lệ: cần %q hoặc %q", kind, Individual, Collective), ErrWrongKind}
	}
	reg, ok := RegimeOn(regimes, decisionDate)
	if !ok {
		return 0, &moneyError{fmt.Sprintf("không có nghị định về tiền thưởng áp dụng cho ngày %s", vnDate(decisionDate)), ErrNoRegime}
	}
	fc, ok := FormOn(forms, reg.Code, form)
	if !ok {
		return 0, &moneyError{fmt.Sprintf("hình thức khen thưởng %q không có trong bảng hệ số theo Nghị định %s (áp dụng cho ngày %s)", form, reg.Code, vnDate(decisionDate)), ErrUnknownForm}
	}
	c := fc.For(kind)
	if c <= 0 {
		return 0, &moneyError{fmt.Sprintf("hình thức khen thưởng %q không áp dụng cho %s theo Nghị định %s", fc.Form, kind.label(), reg.Code), ErrWrongKind}
	}
	base, ok := BaseSalaryOn(salaries, decisionDate)
	if !ok {
		return 0, &moneyError{fmt.Sprintf("chưa có mức lương cơ sở áp dụng cho ngày %s", vnDate(decisionDate)), ErrNoBaseSalary}
	}
	m, err := PrizeMoney(c, base)
	if errors.Is(err, ErrOverflow) {
		return 0, &moneyError{fmt.Sprintf("số tiền thưởng của %q (hệ số %s × %d đồng) quá lớn", fc.Form, c, base), ErrOverflow}
	}
	return m, err
}
