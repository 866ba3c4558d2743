package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/assets"
	"tdkt/data"
)

// unitsView is the screen of administrative units: the tree of the
// province, search without diacritics, and villages under a commune.
type unitsView struct {
	s        *Shell
	children map[string][]data.Unit // tree node UID -> its children, loaded on demand
	units    map[string]data.Unit   // UID -> unit
	tree     *widget.Tree
	search   *widget.Entry
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

func unitsScreen(s *Shell) fyne.CanvasObject {
	v := &unitsView{s: s, children: map[string][]data.Unit{}, units: map[string]data.Unit{}}
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

	s.OnKey("find", func() { s.Win.Canvas().Focus(v.search) })
	s.OnKey("new", v.addVillage)
	v.pick(data.Unit{})
	if roots := v.childUIDs(""); len(roots) == 1 {
		v.tree.OpenBranch(roots[0])
	}
	return screen("Đơn vị hành chính", toolbar, split)
}

func unitLabel(u data.Unit) string {
	if u.Code == "" {
		return u.Name
	}
	return fmt.Sprintf("%s (%s)", u.Name, u.Code)
}

func (v *unitsView) childUIDs(id widget.TreeNodeID) []widget.TreeNodeID {
	kids, ok := v.children[id]
	if !ok {
		var parent int64
		if id != "" {
			parent, _ = strconv.ParseInt(id, 10, 64)
		}
		var err error
		kids, err = v.s.Store.Children(v.s.ctx, parent)
		if err != nil {
			v.s.ShowError(err)
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

func (v *unitsView) isBranch(id widget.TreeNodeID) bool {
	return id == "" || v.units[id].Children > 0
}

// find runs the search as the user types; an empty query shows the tree again.
func (v *unitsView) find(q string) {
	if strings.TrimSpace(q) == "" {
		v.found = nil
		v.left.Objects = []fyne.CanvasObject{v.tree}
		v.left.Refresh()
		v.s.SetStatus("")
		return
	}
	found, err := v.s.Store.SearchUnits(v.s.ctx, q, 500)
	if err != nil {
		v.s.ShowError(err)
		return
	}
	v.found = found
	v.results.UnselectAll()
	v.results.Refresh()
	v.left.Objects = []fyne.CanvasObject{v.results}
	v.left.Refresh()
	v.s.SetStatus(fmt.Sprintf("Tìm thấy %d đơn vị", len(found)))
}

// reveal leaves the search, opens the unit's ancestors in the tree and selects it.
func (v *unitsView) reveal(u data.Unit) {
	chain, err := v.s.Store.Ancestors(v.s.ctx, u.ID)
	if err != nil {
		v.s.ShowError(err)
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
func (v *unitsView) pick(u data.Unit) {
	v.selected = u
	v.detail.Objects = nil
	isCommune := u.Official && (u.Type == "Xã" || u.Type == "Phường" || u.Type == "Thị trấn" || u.Type == "Đặc khu")
	v.add.Disable()
	v.rename.Disable()
	v.remove.Disable()
	if u.ID == 0 {
		hint := widget.NewLabel("Chọn một đơn vị trong cây để xem chi tiết. Chọn một xã, phường, thị trấn để thêm thôn, tổ dân phố.")
		hint.Wrapping = fyne.TextWrapWord
		v.detail.Add(hint)
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
	add := func(k, val string) {
		l := widget.NewLabel(val)
		l.Wrapping = fyne.TextWrapWord
		form.Append(k, l)
	}
	if u.Code != "" {
		add("Mã đơn vị", u.Code)
	}
	add("Loại", u.Type)
	if chain, err := v.s.Store.Ancestors(v.s.ctx, u.ID); err == nil && len(chain) > 1 {
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
	v.s.SetStatus("Đang chọn: " + u.Name)
}

// mergedNames turns "01267:f,01273:p" into the old units' names.
func mergedNames(merged string) string {
	old := map[string]string{}
	if list, err := assets.Units(assets.Source202503); err == nil {
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

// refreshNode reloads a node's children after a change below it.
func (v *unitsView) refreshNode(parentID int64) {
	delete(v.children, uid(parentID))
	if p, err := v.s.Store.Unit(v.s.ctx, parentID); err == nil {
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

func (v *unitsView) addVillage() {
	commune := v.selected
	if !v.add.Disabled() && commune.ID != 0 {
		types, entry, items := villageForm("Thôn", "")
		d := dialog.NewForm("Thêm thôn, tổ dân phố vào "+commune.Name, "Thêm", "Hủy", items, func(ok bool) {
			if !ok {
				return
			}
			u, err := v.s.Store.AddVillage(v.s.ctx, commune.ID, types.Selected, entry.Text)
			if err != nil {
				v.s.ShowError(err)
				return
			}
			v.refreshNode(commune.ID)
			v.tree.OpenBranch(uid(commune.ID))
			v.childUIDs(uid(commune.ID))
			v.tree.Select(uid(u.ID))
			v.s.SetStatus("Đã thêm " + u.Name)
		}, v.s.Win)
		d.Resize(fyne.NewSize(520, 260))
		d.Show()
		v.s.Win.Canvas().Focus(entry)
	}
}

func (v *unitsView) renameVillage() {
	u := v.selected
	if u.ID == 0 || u.Official {
		return
	}
	name, _ := strings.CutPrefix(u.Name, u.Type+" ")
	types, entry, items := villageForm(u.Type, name)
	d := dialog.NewForm("Đổi tên "+u.Name, "Lưu", "Hủy", items, func(ok bool) {
		if !ok {
			return
		}
		if err := v.s.Store.RenameVillage(v.s.ctx, u.ID, types.Selected, entry.Text); err != nil {
			v.s.ShowError(err)
			return
		}
		v.refreshNode(u.ParentID)
		if nu, err := v.s.Store.Unit(v.s.ctx, u.ID); err == nil {
			v.units[uid(u.ID)] = nu
			v.pick(nu)
		}
	}, v.s.Win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
}

func (v *unitsView) removeVillage() {
	u := v.selected
	if u.ID == 0 || u.Official {
		return
	}
	confirm(v.s.Win, "Xóa đơn vị", fmt.Sprintf("Xóa %q khỏi danh sách thôn, tổ dân phố? Việc này không hoàn tác được.", u.Name), "Xóa", func() {
		if err := v.s.Store.RemoveVillage(v.s.ctx, u.ID); err != nil {
			v.s.ShowError(err)
			return
		}
		v.tree.UnselectAll()
		v.refreshNode(u.ParentID)
		v.pick(data.Unit{})
		v.s.SetStatus("Đã xóa " + u.Name)
	})
}

// addProvince loads one more province (another structure, or a neighbour).
func (v *unitsView) addProvince() {
	p := newProvincePicker()
	d := dialog.NewCustomConfirm("Thêm tỉnh từ danh mục chính thức", "Tạo", "Hủy",
		container.NewVBox(p.structure, p.province), func(ok bool) {
			if source, code := p.choice(); ok && code != "" {
				v.s.loadProvince(source, code, false)
			}
		}, v.s.Win)
	d.Resize(fyne.NewSize(640, 260))
	d.Show()
}
