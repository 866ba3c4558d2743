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

// PrizeMoney is c × baseSalary (c in thousandths), rounded to 10.000 đồng
// by the rule named (RoundUp, also for ""; RoundNearest, 5.000 going up);
// exact multiples stay: 1,0 × 1.490.000 = 1.490.000; 0,3 × 1.490.000 =
// 447.000 → 450.000 (up and nearest); 0,3 × 2.340.000 = 702.000 → 710.000
// up, 700.000 nearest. The product is computed exactly in 128 bits. It
// returns an error for a negative coefficient or base salary or an unknown
// rule, and ErrOverflow when the result does not fit in int64 (far beyond
// any real prize).
func PrizeMoney(c Coefficient, baseSalary int64, rounding string) (int64, error) {
	if c < 0 {
		return 0, fmt.Errorf("hệ số khen thưởng không được âm (%s)", c)
	}
	if baseSalary < 0 {
		return 0, fmt.Errorf("mức lương cơ sở không được âm (%d)", baseSalary)
	}
	// q, r = c × base / (1000 × 10.000): up adds one when r > 0, nearest
	// when 2r ≥ the divisor.
	const div = 1000 * roundTo
	hi, lo := bits.Mul64(uint64(c), uint64(baseSalary))
	if hi >= div {
		return 0, ErrOverflow
	}
	q, r := bits.Div64(hi, lo, div)
	switch rounding {
	case RoundUp, "":
		if r != 0 {
			q++
		}
	case RoundNearest:
		if 2*r >= div {
			q++
		}
	default:
		return 0, fmt.Errorf("cách làm tròn %q không hợp lệ: %q hoặc %q", rounding, RoundUp, RoundNearest)
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

// Tables are the money rule tables, as data with effective dates, and the
// settings that choose among them.
type Tables struct {
	Forms    []FormCoefficients
	Regimes  []Regime
	Salaries []BaseSalary
	Rounding string // RoundUp ("" too) or RoundNearest
	Issuer   Level  // the issuing unit's level: picks coefficients that depend on it
}

// Money is the prize for an award form given to a kind of nominee by a
// decision dated decisionDate: the coefficient of the form under the regime
// in force that day (for the issuer's level where the table has a row for
// it), times the base salary in force that day, rounded by t.Rounding
// (PrizeMoney). A household receives Regime.Household times a person's
// coefficient. Form names match ignoring case and diacritics. Errors are
// Vietnamese sentences wrapping ErrNoRegime, ErrUnknownForm, ErrWrongKind,
// ErrNoBaseSalary or ErrOverflow.
func (t Tables) Money(form string, kind Kind, decisionDate time.Time) (int64, error) {
	if kind != Individual && kind != Collective && kind != Household {
		return 0, &moneyError{fmt.Sprintf("loại đối tượng %q không hợp lệ: cần %q, %q hoặc %q", kind, Individual, Collective, Household), ErrWrongKind}
	}
	reg, ok := RegimeOn(t.Regimes, decisionDate)
	if !ok {
		return 0, &moneyError{fmt.Sprintf("không có nghị định về tiền thưởng áp dụng cho ngày %s", vnDate(decisionDate)), ErrNoRegime}
	}
	fc, ok := FormOn(t.Forms, reg.Code, form, t.Issuer)
	if !ok {
		return 0, &moneyError{fmt.Sprintf("hình thức khen thưởng %q không có trong bảng hệ số theo Nghị định %s (áp dụng cho ngày %s)", form, reg.Code, vnDate(decisionDate)), ErrUnknownForm}
	}
	c := fc.For(kind)
	if kind == Household {
		if reg.Household <= 0 {
			return 0, &moneyError{fmt.Sprintf("Nghị định %s không có mức thưởng cho hộ gia đình trong bảng (nhập trong Cài đặt)", reg.Code), ErrWrongKind}
		}
		c = fc.Individual * reg.Household / 1000
	}
	if c <= 0 {
		return 0, &moneyError{fmt.Sprintf("hình thức khen thưởng %q không áp dụng cho %s theo Nghị định %s", fc.Form, kind.label(), reg.Code), ErrWrongKind}
	}
	base, ok := BaseSalaryOn(t.Salaries, decisionDate)
	if !ok {
		return 0, &moneyError{fmt.Sprintf("chưa có mức lương cơ sở áp dụng cho ngày %s", vnDate(decisionDate)), ErrNoBaseSalary}
	}
	m, err := PrizeMoney(c, base, t.Rounding)
	if errors.Is(err, ErrOverflow) {
		return 0, &moneyError{fmt.Sprintf("số tiền thưởng của %q (hệ số %s × %d đồng) quá lớn", fc.Form, c, base), ErrOverflow}
	}
	return m, err
}

// RoundingText says in words how prize money is rounded under the rule,
// for the notes of lists and screens.
func RoundingText(rounding string) string {
	if rounding == RoundNearest {
		return "làm tròn đến hàng chục nghìn đồng gần nhất"
	}
	return "làm tròn lên hàng chục nghìn đồng"
}
