// Package units is the Đơn vị hành chính section: the tree of the
// official administrative units, search that ignores diacritics, and the
// villages (thôn, tổ dân phố) users add under a commune.
package units

import (
	"context"
	"fmt"
	"log"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/assets"
	"tdkt/data"
)

// Host is what the unit screen needs of the window around it.
type Host interface {
	Window() fyne.Window
	Store() *data.Store
	// SetStatus writes the status line.
	SetStatus(msg string)
	// OnKey binds a shortcut ("find", "new") while the screen is shown.
	OnKey(name string, f func())
	// Refresh builds the screen again from the store.
	Refresh()
}

// view is the screen's state.
type view struct {
	h        Host
	ctx      context.Context
	children map[string][]data.Unit // tree node UID -> its children, loaded on demand
	units    map[string]data.Unit   // UID -> unit
	tree     *widget.Tree
	search   *widget.Entry
	searches tw.Latest
	results  *widget.List
	found    []data.Unit
	left     *fyne.Container
	detail   *fyne.Container
	selected data.Unit
	add      *widget.Button
	rename   *widget.Button
	remove   *widget.Button
}

func uid(id int64) string { return strconv.FormatInt(id, 10) }

// Screen is the unit screen over h's store.
func Screen(h Host) fyne.CanvasObject {
	v := &view{h: h, ctx: context.Background(), children: map[string][]data.Unit{}, units: map[string]data.Unit{}}
	v.tree = widget.NewTree(v.childUIDs, v.isBranch,
		func(bool) fyne.CanvasObject { return widget.NewLabel("Xã Thiệu Ngọc (15775)") },
		func(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(unitLabel(v.units[id]))
		})
	v.tree.OnSelected = func(id widget.TreeNodeID) { v.pick(v.units[id]) }

	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("Tìm đơn vị (gõ không dấu cũng được, Ctrl+F)…")
	v.search.OnChanged = v.find
	v.results = widget.NewList(func() int { return len(v.found) },
		func() fyne.CanvasObject {
			return widget.NewLabel("Xã Thiệu Ngọc (15775) – Huyện Thiệu Hóa")
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(unitLabel(v.found[i])) })
	v.results.OnSelected = func(i widget.ListItemID) { v.reveal(v.found[i]) }

	v.add = widget.NewButtonWithIcon("Thêm thôn, tổ dân phố", theme.ContentAddIcon(), v.addVillage)
	v.rename = widget.NewButtonWithIcon("Đổi tên", theme.DocumentCreateIcon(), v.renameVillage)
	v.remove = widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), v.removeVillage)
	another := widget.NewButtonWithIcon("Thêm tỉnh khác…", theme.FolderNewIcon(), v.addProvince)
	toolbar := container.NewBorder(nil, nil, nil, container.NewHBox(v.add, v.rename, v.remove, another), v.search)

	v.left = container.NewStack(v.tree)
	v.detail = container.NewVBox()
	split := container.NewHSplit(v.left, container.NewVScroll(container.NewPadded(v.detail)))
	split.Offset = 0.55

	h.OnKey("find", func() { h.Window().Canvas().Focus(v.search) })
	h.OnKey("new", v.addVillage)
	v.pick(data.Unit{})
	if roots := v.childUIDs(""); len(roots) == 1 {
		v.tree.OpenBranch(roots[0])
	}
	return tw.Screen("Đơn vị hành chính", toolbar, split)
}

func unitLabel(u data.Unit) string {
	if u.Code == "" {
		return u.Name
	}
	return fmt.Sprintf("%s (%s)", u.Name, u.Code)
}

func (v *view) childUIDs(id widget.TreeNodeID) []widget.TreeNodeID {
	kids, ok := v.children[id]
	if !ok {
		var parent int64
		if id != "" {
			var err error
			if parent, err = strconv.ParseInt(id, 10, 64); err != nil {
				log.Printf("unit tree node %q: %v", id, err)
				return nil
			}
		}
		var err error
		kids, err = v.h.Store().Children(v.ctx, parent)
		if err != nil {
			tw.ShowError(v.h.Window(), err)
			return nil
		}
		v.children[id] = kids
	}
	ids := make([]string, len(kids))
	for i, u := range kids {
		ids[i] = uid(u.ID)
		v.units[ids[i]] = u
	}
	return ids
}

func (v *view) isBranch(id widget.TreeNodeID) bool {
	return id == "" || v.units[id].Children > 0
}

// find runs the search as the user types, off the UI goroutine; an empty
// query shows the tree again.
func (v *view) find(q string) {
	if strings.TrimSpace(q) == "" {
		v.searches.Now(func() {
			v.found = nil
			v.left.Objects = []fyne.CanvasObject{v.tree}
			v.left.Refresh()
			v.h.SetStatus("")
		})
		return
	}
	st := v.h.Store()
	v.searches.Run(func() func() {
		found, err := st.SearchUnits(v.ctx, q, 500)
		return func() {
			if err != nil {
				tw.ShowError(v.h.Window(), err)
				return
			}
			v.found = found
			v.results.UnselectAll()
			v.results.Refresh()
			v.left.Objects = []fyne.CanvasObject{v.results}
			v.left.Refresh()
			v.h.SetStatus(fmt.Sprintf("Tìm thấy %d đơn vị", len(found)))
		}
	})
}

// reveal leaves the search, opens the unit's ancestors in the tree and selects it.
func (v *view) reveal(u data.Unit) {
	chain, err := v.h.Store().Ancestors(v.ctx, u.ID)
	if err != nil {
		tw.ShowError(v.h.Window(), err)
		return
	}
	v.search.SetText("")
	for _, a := range chain[:len(chain)-1] {
		v.childUIDs(uid(a.ParentID))
		v.tree.OpenBranch(uid(a.ID))
	}
	v.childUIDs(uid(chain[len(chain)-1].ParentID))
	v.tree.Select(uid(u.ID))
	v.tree.ScrollTo(uid(u.ID))
}

// pick shows a unit's details and enables the actions that apply to it.
func (v *view) pick(u data.Unit) {
	v.selected = u
	v.detail.Objects = nil
	isCommune := u.Official && (u.Type == "Xã" || u.Type == "Phường" || u.Type == "Thị trấn" || u.Type == "Đặc khu")
	v.add.Disable()
	v.rename.Disable()
	v.remove.Disable()
	if u.ID == 0 {
		v.detail.Add(tw.Wrapped("Chọn một đơn vị trong cây để xem chi tiết. Chọn một xã, phường, thị trấn để thêm thôn, tổ dân phố."))
		v.detail.Refresh()
		return
	}
	if isCommune {
		v.add.Enable()
	}
	if !u.Official {
		v.rename.Enable()
		v.remove.Enable()
	}
	title := widget.NewLabelWithStyle(u.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	form := widget.NewForm()
	add := func(k, val string) { form.Append(k, tw.Wrapped(val)) }
	if u.Code != "" {
		add("Mã đơn vị", u.Code)
	}
	add("Loại", u.Type)
	if chain, err := v.h.Store().Ancestors(v.ctx, u.ID); err != nil {
		log.Printf("units: ancestors of %s: %v", u.Name, err)
	} else if len(chain) > 1 {
		var names []string
		for i := len(chain) - 2; i >= 0; i-- {
			names = append(names, chain[i].Name)
		}
		add("Thuộc", strings.Join(names, ", "))
	}
	if u.Structure == assets.Source202507 {
		add("Cơ cấu", "Hai cấp (từ ngày 01/7/2025)")
	} else {
		add("Cơ cấu", "Ba cấp (đến ngày 30/6/2025)")
	}
	if u.Official {
		add("Nguồn", "Danh mục chính thức (không sửa được)")
	} else {
		add("Nguồn", "Do người dùng thêm")
	}
	if u.Children > 0 {
		add("Số đơn vị trực thuộc", strconv.Itoa(u.Children))
	}
	if u.Merged != "" {
		add("Hình thành từ", mergedNames(u.Merged))
	}
	v.detail.Add(title)
	v.detail.Add(form)
	v.detail.Refresh()
	v.h.SetStatus("Đang chọn: " + u.Name)
}

// mergedNames turns "01267:f,01273:p" into the old units' names.
func mergedNames(merged string) string {
	old := map[string]string{}
	if list, err := assets.Units(assets.Source202503); err != nil {
		log.Printf("units: the 2025-03 list: %v", err)
	} else {
		for _, u := range list {
			old[u.Code] = u.Name
		}
	}
	var out []string
	for _, m := range strings.Split(merged, ",") {
		code, kind, _ := strings.Cut(m, ":")
		name := old[code]
		if name == "" {
			name = "mã " + code
		} else {
			name += " (" + code + ")"
		}
		if kind == "p" {
			name += " – một phần"
		}
		out = append(out, name)
	}
	return strings.Join(out, "; ")
}
