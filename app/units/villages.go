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

func villageForm(typ, name string) (*widget.Select, *widget.Entry, []*widget.FormItem) {
	types := widget.NewSelect(data.VillageTypes, nil)
	types.SetSelected(typ)
	entry := widget.NewEntry()
	entry.SetText(name)
	entry.SetPlaceHolder("ví dụ: Thiện Phong")
	entry.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("cần nhập tên")
		}
		return nil
	}
	item := widget.NewFormItem("Tên *", entry)
	item.HintText = "Không cần gõ lại loại đơn vị"
	return types, entry, []*widget.FormItem{widget.NewFormItem("Loại", types), item}
}

func (v *view) addVillage() {
	commune := v.selected
	if v.add.Disabled() || commune.ID == 0 {
		return
	}
	win := v.h.Window()
	types, entry, items := villageForm("Thôn", "")
	d := dialog.NewForm("Thêm thôn, tổ dân phố vào "+commune.Name, "Thêm", "Hủy", items, func(ok bool) {
		if !ok {
			return
		}
		u, err := v.h.Store().AddVillage(v.ctx, commune.ID, types.Selected, entry.Text)
		if err != nil {
			tw.ShowError(win, err)
			return
		}
		v.refreshNode(commune.ID)
		v.tree.OpenBranch(uid(commune.ID))
		v.childUIDs(uid(commune.ID))
		v.tree.Select(uid(u.ID))
		v.h.SetStatus("Đã thêm " + u.Name)
	}, win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
	win.Canvas().Focus(entry)
}

func (v *view) renameVillage() {
	u := v.selected
	if u.ID == 0 || u.Official {
		return
	}
	win := v.h.Window()
	name, _ := strings.CutPrefix(u.Name, u.Type+" ")
	types, entry, items := villageForm(u.Type, name)
	d := dialog.NewForm("Đổi tên "+u.Name, "Lưu", "Hủy", items, func(ok bool) {
		if !ok {
			return
		}
		if err := v.h.Store().RenameVillage(v.ctx, u.ID, types.Selected, entry.Text); err != nil {
			tw.ShowError(win, err)
			return
		}
		v.refreshNode(u.ParentID)
		nu, err := v.h.Store().Unit(v.ctx, u.ID)
		if err != nil {
			tw.ShowError(win, err)
			return
		}
		v.units[uid(u.ID)] = nu
		v.pick(nu)
	}, win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
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
	d := dialog.NewCustomConfirm("Thêm tỉnh từ danh mục chính thức", "Tạo", "Hủy",
		container.NewVBox(p.Structure, p.Province), func(ok bool) {
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
}
