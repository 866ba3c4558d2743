package data

import (
	"context"
	"strings"
)

// SetupProvince builds a province from the official list and, when it is
// the user's own province, fills the settings that follow from it
// (structure, province, issuing unit, place name, agency, authority,
// signer's title, proposer) where the user has not set them yet. The
// window's "build my province" and `tdkt units load` both call it.
//
// The user's own province is the one the settings name, or, while they
// name none, the province loaded now. Loading another province later (a
// neighbour, or the other structure, as the window's "Thêm tỉnh khác…"
// does) only adds its units: the settings of the first stay as they are,
// and LoadResult.Own is false.
func (s *Store) SetupProvince(ctx context.Context, source, provinceCode string) (LoadResult, error) {
	res, err := s.LoadOfficial(ctx, source, provinceCode)
	if err != nil {
		return res, err
	}
	st, err := s.Settings(ctx)
	if err != nil {
		return res, err
	}
	if st.ProvinceCode != "" && (st.ProvinceCode != provinceCode || st.Structure != source) {
		return res, nil
	}
	res.Own = true
	place := PlaceName(res.Province)
	upper := strings.ToUpper(res.Province.Name) // "TỈNH BẮC KẠN", "THÀNH PHỐ HÀ NỘI"
	fill := func(p *string, v string) {
		if *p == "" {
			*p = v
		}
	}
	st.Structure, st.ProvinceCode = source, provinceCode
	fill(&st.IssuerUnit, provinceCode)
	fill(&st.Place, place)
	fill(&st.Agency, "ỦY BAN NHÂN DÂN "+upper)
	fill(&st.AgencyShort, "UBND")
	fill(&st.Authority, "CHỦ TỊCH ỦY BAN NHÂN DÂN "+upper)
	fill(&st.SignerTitle, "CHỦ TỊCH")
	fill(&st.Proposer, "Giám đốc Sở Nội vụ")
	return res, s.SaveSettings(ctx, st)
}

// PlaceName is a unit's name without its type word, as written in the
// place-and-date line of a document: "Tỉnh Bắc Kạn" -> "Bắc Kạn".
func PlaceName(u Unit) string {
	if rest, ok := strings.CutPrefix(u.Name, u.Type+" "); ok {
		return rest
	}
	return u.Name
}
