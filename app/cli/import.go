package cli

import (
	"context"
	"fmt"
	"strings"

	"tdkt/data"
	"tdkt/data/vn"
	"tdkt/reports/electiondocs"
	"tdkt/reports/nominations"
	"tdkt/reports/sheet"
)

// importer is one kind of workbook `tdkt import` understands.
type importer struct {
	kind   string // Vietnamese name of the kind, for messages
	detect func(foldedSheets map[string]bool) bool
	run    func(ctx context.Context, env Env, st *data.Store, path string) error
}

// importers are the kinds of workbook `tdkt import` understands, tried in
// this order on the folded names of a workbook's sheets.
var importers = []importer{
	{kind: "bảng tính bầu cử", detect: electiondocs.IsElectionWorkbook, run: importElection},
	{kind: "bảng tính đề nghị khen thưởng", run: importNominations, detect: func(sheets map[string]bool) bool {
		return sheets[vn.Fold(nominations.SheetNominations)]
	}},
}

// importCampaignKey carries the --campaign of `tdkt import` to the importer.
type importCampaignKey struct{}

// importCampaign is the --campaign given to `tdkt import`, "" when none.
func importCampaign(ctx context.Context) string {
	s, _ := ctx.Value(importCampaignKey{}).(string)
	return s
}

func importFile(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("import", env)
	campaign := fs.String("campaign", "", "tên đợt thi đua (bảng tính đề nghị khen thưởng)")
	var files []string
	for { // flags may come before or after the file
		if err := parse(fs, args); err != nil {
			return err
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 1 {
		return fmt.Errorf("%w: cần đúng một tệp .xlsx", errUsage)
	}
	path := files[0]
	ctx = context.WithValue(ctx, importCampaignKey{}, *campaign)
	f, err := sheet.Open(path)
	if err != nil {
		return err
	}
	names := map[string]bool{}
	var list []string
	for _, n := range f.GetSheetList() {
		names[vn.Fold(n)] = true
		list = append(list, n)
	}
	f.Close()
	for _, im := range importers {
		if im.detect(names) {
			return im.run(ctx, env, st, path)
		}
	}
	var kinds []string
	for _, im := range importers {
		kinds = append(kinds, im.kind)
	}
	return fmt.Errorf("%s: không nhận ra loại bảng tính từ các sheet %q; tdkt nhập được: %s (tạo mẫu bằng lệnh tdkt template)",
		path, list, strings.Join(kinds, ", "))
}
