// Package assets embeds the official lists of Vietnamese administrative units
// (danh mục đơn vị hành chính) used by tdkt:
//
//   - Source202503: the three-level list of 1/3/2025 — 63 provinces, 696
//     districts and 10,047 communes — with the codes of the General
//     Statistics Office, as compiled by the public repository
//     daohoangson/dvhcvn (data/sorted.json);
//   - Source202507: the two-level list from 1/7/2025 — 34 provinces and
//     3,321 communes — per Công văn 915/CTK-CSCL and 1027/CTK-CSCL of the
//     Statistics Office and the 34 UBTVQH resolutions, with the old units
//     merged into each new one, as compiled by the public repository
//     dvhcvn/20250701 (mapping/merges.json, MIT licence).
//
// The source files are kept in assets/source (see its README.md). The
// embedded units-*.tsv.gz files are generated from them by
// `go generate ./assets/` (program assets/gen, logic in
// assets/internal/unitgen); a test fails if they are stale.
//
// The generator normalises the sources only where they are inconsistent:
// runs of white space in names are collapsed, type words are written in
// sentence case ("Thị Xã" becomes "Thị xã") and prefixed to the 2025-03
// names; the spelling of the names themselves is kept as published.
package assets
