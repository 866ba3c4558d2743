package data

import "errors"

// ImportOptions are the one protocol of every import (election data,
// nominations): check everything, then write everything in one
// transaction, or nothing. Readers of a workbook that found problems of
// their own run the store's check with DryRun, so that one pass reports
// every problem of the file.
type ImportOptions struct {
	// DryRun checks everything and writes nothing: the transaction is
	// rolled back even when there is no problem.
	DryRun bool
	// Progress, when set, is told the fraction done from time to time.
	Progress func(fraction float64)
}

// errDryRun rolls back a dry run.
var errDryRun = errors.New("dry run")
