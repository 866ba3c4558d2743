// Package vn holds the Vietnamese text helpers used everywhere in tdkt:
//
//   - normalisation of what people type or import (NFC, Clean, Fold for
//     diacritic-insensitive search, TitleName for person names);
//   - collation in the Vietnamese alphabet, with person names ordered by
//     given name first (NameSortKey, CompareNames, SortKey);
//   - dates as official documents write them (LongDate, "ngày 05 tháng 01
//     năm 2026") and as forms accept them (ParseDate, ParseBirth);
//   - numbers with Vietnamese separators (Int "1.952", Percent "99,81%") and
//     amounts of money in words (MoneyWords);
//   - recognition and conversion of the legacy 8-bit encodings TCVN3 (ABC)
//     and VNI-Windows found in old Excel files (Detect, ToUnicode, FixLegacy).
//
// Every function is safe for concurrent use. Every string the package
// returns for people to read is Vietnamese, in Unicode NFC.
package vn
