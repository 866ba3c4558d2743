package data

import (
	"context"
	"errors"
	"fmt"
	"log"

	"tdkt/data/problem"
)

// failure is a failure of the database or the file system: the user reads
// a plain Vietnamese sentence, the log gets the driver's own words.
// errors.Is and errors.As still see the cause.
type failure struct {
	msg   string
	cause error
}

func (e *failure) Error() string { return e.msg }
func (e *failure) Unwrap() error { return e.cause }

// failed logs err where it happened and returns the user's message for
// it. Cancellation, the store's own messages (ErrLocked, ErrReadOnly,
// ErrNotFound) and problems pass through unchanged: they already speak to
// the user.
func failed(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if _, ok := problem.Of(err); ok {
		return err
	}
	var f *failure
	if errors.Is(err, ErrLocked) || errors.Is(err, ErrReadOnly) || errors.Is(err, ErrNotFound) || errors.Is(err, ErrElectionLocked) || errors.As(err, &f) {
		return fmt.Errorf(format+": %w", append(args, err)...)
	}
	msg := fmt.Sprintf(format, args...)
	log.Printf("store: %s: %v", msg, err)
	return &failure{msg: msg, cause: err}
}

// detail is the whole text of an error with its causes, a failure's
// driver words included: for matching and for the log, never for the user.
func detail(err error) string {
	var f *failure
	if errors.As(err, &f) {
		return err.Error() + ": " + detail(f.cause)
	}
	return err.Error()
}
