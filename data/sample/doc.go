// Package sample builds the sample data the welcome screen offers and the
// generated data sets the benchmarks use: the 2021 election in Thiệu Ngọc
// commune (Thiệu Hóa, Thanh Hóa), a national-scale generated election, and
// the Bắc Kạn emulation campaign. Every sample goes through the same typed
// store methods and imports as real data, so it obeys the same rules.
// Names of people are generated; they are not real people.
package sample
