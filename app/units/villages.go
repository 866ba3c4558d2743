package units

import (
	"context"
	"fmt"
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
)

// refreshNode reloads a node's children after a change below it.
func (v *view) refreshNode(parentID int64) {
	delete(v.children, uid(parentID))
	if p, err := v.h.Store().Unit(v.ctx, parentID); err != nil {
		log.Printf("units: unit %d: %v", parentID, err)
	} else {
		v.units[uid(parentID)] = p
		if gp, ok := v.children[uid(p.ParentID)]; ok {
			for i := range gp {
				if gp[i].ID == p.ID {
					gp[i] = p
				}
			}
		}
	}
	v.tree.Refresh()
}

// villageDialog asks for a village's type and name (Enter saves, Esc
// cancels); save gets them and may refuse, the dialog staying open with
// the reason.
func (v *view) villageDialog(title, action, typ, name string, save func(typ, name string) error, done func()) {
	types := widget.NewSelect(data.VillageTypes, nil)
	types.SetSelected(typ)
	entry := tw.NewFormEntry("ví dụ: Thiện Phong")
	entry.SetText(name)
	d := tw.NewEditDialog(v.h.Window(), title, action, []tw.Field{
		{Label: "Loại", Widget: types},
		{Label: "Tên *", Widget: entry, Required: true, Hint: "Không cần gõ lại loại đơn vị"},
	}, func() error { return save(types.Selected, strings.TrimSpace(entry.Text)) }, done)
	d.Show(fyne.NewSize(520, 0), entry)
}

func (v *view) addVillage() {
	commune := v.selected
	if v.add.Disabled() || commune.ID == 0 {
		return
	}
	var u data.Unit
	v.villageDialog("Thêm thôn, tổ dân phố vào "+commune.Name, "Thêm", "Thôn", "", func(typ, name string) error {
		var err error
		u, err = v.h.Store().AddVillage(v.ctx, commune.ID, typ, name)
		return err
	}, func() {
		v.refreshNode(commune.ID)
		v.tree.OpenBranch(uid(commune.ID))
		v.childUIDs(uid(commune.ID))
		v.tree.Select(uid(u.ID))
		v.h.SetStatus("Đã thêm " + u.Name)
	})
}

func (v *view) renameVillage() {
	u := v.selected
	if u.ID == 0 || u.Official {
		return
	}
	win := v.h.Window()
	name, _ := strings.CutPrefix(u.Name, u.Type+" ")
	v.villageDialog("Đổi tên "+u.Name, "Lưu", u.Type, name, func(typ, name string) error {
		return v.h.Store().RenameVillage(v.ctx, u.ID, typ, name)
	}, func() {
		v.refreshNode(u.ParentID)
		nu, err := v.h.Store().Unit(v.ctx, u.ID)
		if err != nil {
			tw.ShowError(win, err)
			return
		}
		v.units[uid(u.ID)] = nu
		v.pick(nu)
	})
}

func (v *view) removeVillage() {
	u := v.selected
	if u.ID == 0 || u.Official {
		return
	}
	win := v.h.Window()
	tw.Confirm(win, "Xóa đơn vị", fmt.Sprintf("Xóa %q khỏi danh sách thôn, tổ dân phố? Việc này không hoàn tác được.", u.Name), "Xóa", func() {
		if err := v.h.Store().RemoveVillage(v.ctx, u.ID); err != nil {
			tw.ShowError(win, err)
			return
		}
		v.tree.UnselectAll()
		v.refreshNode(u.ParentID)
		v.pick(data.Unit{})
		v.h.SetStatus("Đã xóa " + u.Name)
	})
}

// addProvince loads one more province from the official list (another
// structure, or a neighbour) in the background, then shows the tree again.
func (v *view) addProvince() {
	p := tw.NewProvincePicker()
	win := v.h.Window()
	var d *dialog.ConfirmDialog
	keys := tw.NewKeyCatcher(func() { d.Confirm() }, func() { d.Hide() }) // Enter creates, Esc cancels
	d = dialog.NewCustomConfirm("Thêm tỉnh từ danh mục chính thức", "Tạo", "Hủy",
		container.NewStack(keys, container.NewVBox(p.Structure, p.Province)), func(ok bool) {
			source, code := p.Choice()
			if !ok || code == "" {
				return
			}
			st := v.h.Store()
			tw.RunLong(win, "Tạo cây đơn vị hành chính", func(ctx context.Context, pr tw.Progress) error {
				pr(-1, "Đang tạo các đơn vị hành chính từ danh mục chính thức…")
				_, err := st.LoadOfficial(ctx, source, code)
				return err
			}, func(err error) {
				if err != nil {
					tw.ShowError(win, err)
					return
				}
				v.h.Refresh()
			})
		}, win)
	d.Resize(fyne.NewSize(640, 260))
	d.Show()
	win.Canvas().Focus(keys)
}
