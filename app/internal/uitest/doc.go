// Package uitest helps the window's tests: a Host that stands in for the
// shell around one section, finding widgets on a window, waiting for
// background work, typing as Vietnamese input methods do, pictures of
// screens, and the national-size database of the benchmarks. Only tests
// import it.
package uitest
