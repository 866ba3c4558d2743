package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"tdkt/data"
)

// settingsShow prints every setting, "key = value" a line, or with --json
// one object of them.
func settingsShow(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("settings", env)
	asJSON := fs.Bool("json", false, "in ra JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: tham số thừa %q (đổi một cài đặt: tdkt settings set KHÓA GIÁ_TRỊ)", errUsage, fs.Arg(0))
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make(map[string]string, len(data.SettingKeys))
		for _, k := range data.SettingKeys {
			out[k] = set.Value(k)
		}
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(out)
	}
	for _, k := range data.SettingKeys {
		fmt.Fprintf(env.Stdout, "%s = %s\n", k, set.Value(k))
	}
	return nil
}

// settingsSet changes one setting.
func settingsSet(ctx context.Context, env Env, st *data.Store, args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("%w: cần đúng KHÓA và GIÁ_TRỊ (giá trị có dấu cách đặt trong ngoặc kép)", errUsage)
	}
	key := strings.ToLower(strings.TrimSpace(args[0]))
	if err := st.SetSetting(ctx, key, args[1]); err != nil {
		return err
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s = %s\n", key, set.Value(key))
	return nil
}
