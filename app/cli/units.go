package cli

import (
	"context"
	"encoding/json"
	"fmt"

	"tdkt/assets"
	"tdkt/data"
)

func unitsLoad(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("units load", env)
	source := fs.String("source", "", "danh mục: 2025-07 (hai cấp) hoặc 2025-03 (ba cấp)")
	province := fs.String("province", "", "mã tỉnh, ví dụ 06")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *source == "" || *province == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: cần --source và --province", errUsage)
	}
	if *source != assets.Source202503 && *source != assets.Source202507 {
		return fmt.Errorf("%w: --source phải là 2025-07 hoặc 2025-03, không phải %q", errUsage, *source)
	}
	// Like the window's "build my province": the first province loaded
	// fills the settings that follow from it; a later one keeps them.
	res, err := st.SetupProvince(ctx, *source, *province)
	if err != nil {
		return err
	}
	counts := map[int]int{}
	sub, err := st.Subtree(ctx, res.Province.ID)
	if err != nil {
		return err
	}
	for _, u := range sub {
		if u.Official {
			counts[u.Level]++
		}
	}
	if *source == assets.Source202503 {
		fmt.Fprintf(env.Stdout, "%s (%s): %d huyện, %d xã; thêm mới %d đơn vị\n",
			res.Province.Name, res.Province.Code, counts[2], counts[3], res.Added)
	} else {
		fmt.Fprintf(env.Stdout, "%s (%s): %d xã; thêm mới %d đơn vị\n",
			res.Province.Name, res.Province.Code, counts[2], res.Added)
	}
	if !res.Own {
		set, err := st.Settings(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stderr, "Cài đặt giữ nguyên theo tỉnh của cơ quan (mã %s, danh mục %s); xem bằng: tdkt settings, đổi bằng: tdkt settings set KHÓA GIÁ_TRỊ\n",
			set.ProvinceCode, set.Structure)
	}
	return nil
}

// unitJSON is one row of `units list --json`, as FORMATS.md fixes it.
type unitJSON struct {
	Code   string `json:"code"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Level  int    `json:"level"`
	Parent string `json:"parent"`
}

func unitsList(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("units list", env)
	source := fs.String("source", "", "chỉ danh mục này: 2025-07 hoặc 2025-03")
	province := fs.String("province", "", "chỉ tỉnh có mã này")
	asJSON := fs.Bool("json", false, "in ra JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: tham số thừa %q", errUsage, fs.Arg(0))
	}
	roots, err := st.Children(ctx, 0)
	if err != nil {
		return err
	}
	var units []data.Unit
	for _, r := range roots {
		if (*source != "" && r.Structure != *source) || (*province != "" && r.Code != *province) {
			continue
		}
		sub, err := st.Subtree(ctx, r.ID)
		if err != nil {
			return err
		}
		units = append(units, sub...)
	}
	if *province != "" && len(units) == 0 {
		return fmt.Errorf("chưa có tỉnh mã %q trong cơ sở dữ liệu; hãy chạy: tdkt units load --source 2025-07 --province %s", *province, *province)
	}
	byID := make(map[int64]data.Unit, len(units))
	for _, u := range units {
		byID[u.ID] = u
	}
	if *asJSON {
		out := make([]unitJSON, 0, len(units))
		for _, u := range units {
			out = append(out, unitJSON{Code: u.Code, Name: u.Name, Type: u.Type, Level: u.Level, Parent: byID[u.ParentID].Code})
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, u := range units {
		code := u.Code
		if code == "" {
			code = "-"
		}
		fmt.Fprintf(env.Stdout, "%*s%-6s %s\n", 2*(u.Level-1), "", code, u.Name)
	}
	return nil
}
