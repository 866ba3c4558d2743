package elections

import (
	"context"
	"errors"
	"log"
	"strings"

	"tdkt/data"
	"tdkt/data/vn"
)

// findUnit is the official unit of the structure that s names: its code,
// or its name when no other official unit has that name (store work, run
// off the UI goroutine as the user types). The zero Unit when none.
func findUnit(ctx context.Context, st *data.Store, structure, s string) data.Unit {
	s = strings.TrimSpace(s)
	if s == "" {
		return data.Unit{}
	}
	u, err := st.UnitByCode(ctx, structure, s)
	if err == nil {
		return u
	}
	if !errors.Is(err, data.ErrNotFound) {
		log.Printf("elections: unit %q: %v", s, err)
	}
	us, err := st.SearchUnits(ctx, s, 20)
	if err != nil {
		log.Printf("elections: search %q: %v", s, err)
		return data.Unit{}
	}
	for _, u := range us {
		if u.Official && u.Structure == structure && vn.Fold(u.Name) == vn.Fold(s) || len(us) == 1 && us[0].Official {
			return u
		}
	}
	return data.Unit{}
}

// isCommune tells whether an official unit is a commune (xã, phường,
// thị trấn, đặc khu).
func isCommune(u data.Unit) bool {
	return u.Type == "Xã" || u.Type == "Phường" || u.Type == "Thị trấn" || u.Type == "Đặc khu"
}

// commune is what the polling area form shows of the commune typed.
type commune struct {
	unit     data.Unit
	villages []data.Unit // the villages users added under it
	chain    []data.Unit // the commune and the units above it
}

// findCommune is the commune of the structure that s names (its code, or
// its name when only one commune has it) with its villages and the units
// above it (store work, run off the UI goroutine as the user types).
func findCommune(ctx context.Context, st *data.Store, structure, s string) commune {
	var c commune
	s = strings.TrimSpace(s)
	if s == "" {
		return c
	}
	if u, err := st.UnitByCode(ctx, structure, s); err == nil {
		c.unit = u
	} else {
		if !errors.Is(err, data.ErrNotFound) {
			log.Printf("elections: commune %q: %v", s, err)
		}
		us, err := st.SearchUnits(ctx, s, 50)
		if err != nil {
			log.Printf("elections: search %q: %v", s, err)
		}
		var fit []data.Unit
		for _, u := range us {
			if u.Official && u.Structure == structure && isCommune(u) {
				fit = append(fit, u)
			}
		}
		if len(fit) == 1 {
			c.unit = fit[0]
		}
	}
	if c.unit.ID == 0 {
		return c
	}
	kids, err := st.Children(ctx, c.unit.ID)
	if err != nil {
		log.Printf("elections: villages of %s: %v", c.unit.Name, err)
	}
	for _, k := range kids {
		if !k.Official {
			c.villages = append(c.villages, k)
		}
	}
	if c.chain, err = st.Ancestors(ctx, c.unit.ID); err != nil {
		log.Printf("elections: units above %s: %v", c.unit.Name, err)
	}
	return c
}
