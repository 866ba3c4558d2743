package cli

import (
	"context"
	"fmt"
	"time"

	"tdkt/data"
	"tdkt/data/vn"
)

func backup(ctx context.Context, env Env, st *data.Store, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("%w: cần đúng một tệp đích", errUsage)
	}
	if err := st.Backup(ctx, args[0]); err != nil {
		return err
	}
	info, err := data.CheckBackup(ctx, args[0])
	if err != nil {
		return fmt.Errorf("bản sao lưu vừa tạo không đạt kiểm tra: %w", err)
	}
	fmt.Fprintf(env.Stdout, "Đã sao lưu vào %s (%s đơn vị hành chính, %s thay đổi trong nhật ký)\n", args[0], vn.Int(info.Units), vn.Int(info.Changes))
	return nil
}

func restore(ctx context.Context, env Env, _ *data.Store, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("%w: cần đúng một tệp sao lưu", errUsage)
	}
	safety, err := data.Restore(ctx, args[0], env.DBPath, time.Now())
	if err != nil {
		return err
	}
	// Opening applies the migrations a backup from an older version needs.
	st, err := data.Open(env.DBPath)
	if err != nil {
		return err
	}
	st.Close()
	fmt.Fprintf(env.Stdout, "Đã khôi phục %s từ %s\n", env.DBPath, args[0])
	if safety != "" {
		fmt.Fprintf(env.Stdout, "Cơ sở dữ liệu trước khi khôi phục được giữ tại %s\n", safety)
	}
	return nil
}
