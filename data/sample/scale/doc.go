// Package scale generates national-scale data for tests and benchmarks: a
// 2021-size election over the whole official unit list and any number of
// nominations. Only tests and benchmarks import it; the shipped program
// keeps the two demo samples of package sample (a test checks that the
// tdkt binary does not link this package).
package scale
