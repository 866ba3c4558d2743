package award

import (
	"time"

	"tdkt/data/vn"
)

// BaseSalary is a value of the lương cơ sở, in force from From until the
// From of the next value.
type BaseSalary struct {
	From   time.Time
	Amount int64 // đồng per month
}

// Regime is a decree that sets prize coefficients, governing decisions dated
// from From to To, both included (To zero: still in force).
type Regime struct {
	Code string // "91/2017/NĐ-CP"
	Name string // as a "Căn cứ" line names it, with its full date
	From time.Time
	To   time.Time
	// Household is what a household receives as a multiple of a person's
	// coefficient, in thousandths (1500: 1,5 times); 0 when the table has
	// no rule for households under this regime.
	Household Coefficient
}

// FormCoefficients are the coefficients of an award form under a regime;
// a zero coefficient means the form is not given to that kind of nominee.
type FormCoefficients struct {
	Form       string // the award form as users pick it, "Giấy khen"
	Regime     string // Regime.Code
	Issuer     Level  // the issuer's level the row is for; "" for every issuer
	Individual Coefficient
	Collective Coefficient
}

// For is the coefficient for a kind of nominee (0 for an unknown kind).
func (f FormCoefficients) For(k Kind) Coefficient {
	switch k {
	case Individual:
		return f.Individual
	case Collective:
		return f.Collective
	}
	return 0
}

// day is the calendar date of t as yyyymmdd, in t's own location, so that
// rules compare dates and never times of day.
func day(t time.Time) int {
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// BaseSalaryOn is the base salary in force on date d: the value with the
// latest From on or before d. The table need not be sorted. It reports
// false when no value is in force yet.
func BaseSalaryOn(table []BaseSalary, d time.Time) (int64, bool) {
	best, found := -1, false
	var amount int64
	dd := day(d)
	for _, b := range table {
		if f := day(b.From); f <= dd && f >= best {
			best, amount, found = f, b.Amount, true
		}
	}
	return amount, found
}

// RegimeOn is the regime in force on date d: From <= d and (To zero or
// d <= To), compared as calendar dates. When several overlap the one with
// the latest From wins.
func RegimeOn(regimes []Regime, d time.Time) (Regime, bool) {
	var out Regime
	best, found := -1, false
	dd := day(d)
	for _, r := range regimes {
		f := day(r.From)
		if f > dd || (!r.To.IsZero() && dd > day(r.To)) {
			continue
		}
		if f >= best {
			best, out, found = f, r, true
		}
	}
	return out, found
}

// FormOn finds the coefficients of an award form under a regime for an
// issuer's level: the row for that level, else the row for every issuer.
// Form names match ignoring case, diacritics and extra spaces.
func FormOn(forms []FormCoefficients, regime, form string, issuer Level) (FormCoefficients, bool) {
	ff := vn.Fold(form)
	var any FormCoefficients
	found := false
	for _, f := range forms {
		if f.Regime != regime || vn.Fold(f.Form) != ff {
			continue
		}
		if issuer != "" && f.Issuer == issuer {
			return f, true
		}
		if f.Issuer == "" {
			any, found = f, true
		}
	}
	return any, found
}
