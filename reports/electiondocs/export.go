package electiondocs

import (
	"context"
	"fmt"
	"time"

	"tdkt/data"
)

// ExportSummary computes an election's results under the law and writes
// the summary workbook of a unit (0: the whole country; less than 0: the
// root of the results, the province or the whole country) to path, dated now. The window and `tdkt
// export results` both call it. It returns the summary written, for the
// caller's message.
func ExportSummary(ctx context.Context, st *data.Store, electionID, unit int64, path string, now time.Time) (data.ResultsSummary, error) {
	r, err := st.Results(ctx, electionID)
	if err != nil {
		return data.ResultsSummary{}, err
	}
	if unit < 0 {
		unit = r.Root()
	}
	sum, err := st.ResultsSummary(ctx, r, unit)
	if err != nil {
		return data.ResultsSummary{}, err
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return data.ResultsSummary{}, err
	}
	if err := WriteSummary(path, r, sum, OptionsFor(set, sum.Unit, now)); err != nil {
		return data.ResultsSummary{}, fmt.Errorf("không ghi được %s: %w", path, err)
	}
	return sum, nil
}
