package sample_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"tdkt/data/sample/scale"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/sample"
)

// The Bắc Kạn sample has the counts of seed 000: 3 + 3 proposed for the
// Prime Minister's Bằng khen, 27 + 31 for the provincial chairman's, and
// a few hundred Giấy khen across the 8 districts.
func TestBacKanAwards(t *testing.T) {
	st, err := data.Open(filepath.Join(t.TempDir(), "tdkt.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	if err := sample.LoadBacKanAwards(ctx, st); err != nil {
		t.Fatal(err)
	}
	c, err := st.CampaignByName(ctx, sample.BacKanCampaign.Name)
	if err != nil {
		t.Fatal(err)
	}
	if c.Plan() != "Kế hoạch số 53/KH-UBND ngày 04/02/2021 của UBND tỉnh Bắc Kạn" {
		t.Errorf("plan = %q", c.Plan())
	}
	sum, err := st.NominationSummary(ctx, c.ID, c.To)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		form string
		kind award.Kind
	}
	counts := map[key]int{}
	statuses := map[award.Status]int{}
	money := map[key]int64{}
	for _, r := range sum {
		counts[key{r.Form, r.Kind}] += r.Count
		statuses[r.Status] += r.Count
		money[key{r.Form, r.Kind}] = r.Money
	}
	want := map[key]int{
		{award.FormBangKhenThuTuong, award.Collective}: sample.BacKanPMCollectives,
		{award.FormBangKhenThuTuong, award.Individual}: sample.BacKanPMIndividuals,
		{award.FormBangKhenTinh, award.Collective}:     sample.BacKanProvinceCollectives,
		{award.FormBangKhenTinh, award.Individual}:     sample.BacKanProvinceIndividuals,
	}
	for k, n := range want {
		if counts[k] != n {
			t.Errorf("%s, %s: %d, want %d", k.form, k.kind, counts[k], n)
		}
	}
	if g := counts[key{award.FormGiayKhen, award.Collective}] + counts[key{award.FormGiayKhen, award.Individual}]; g != sample.BacKanGiayKhen || g < 200 {
		t.Errorf("%d Giấy khen, want %d", g, sample.BacKanGiayKhen)
	}
	if statuses[award.Submitted] != 58 || statuses[award.Returned] != 2 || statuses[award.Verified] != 6+sample.BacKanGiayKhen-2 {
		t.Errorf("statuses = %v", statuses)
	}
	// Money under Nghị định 91/2017 and the base salary of 1.490.000 on 30/06/2021.
	if m := money[key{award.FormBangKhenTinh, award.Individual}]; m != 1_490_000 {
		t.Errorf("Bằng khen tỉnh, person: %d", m)
	}
	if m := money[key{award.FormBangKhenTinh, award.Collective}]; m != 2_980_000 {
		t.Errorf("Bằng khen tỉnh, collective: %d", m)
	}
	// Proposers from the 8 districts are localities linked to their unit.
	props, _ := st.Proposers(ctx)
	localities := 0
	for _, p := range props {
		if p.Kind == data.ProposerLocality && p.UnitID != 0 {
			localities++
		}
	}
	if localities != 9 { // the 8 districts and the province
		t.Errorf("%d localities linked to a unit, want 9: %+v", localities, props)
	}
	// Loading again changes nothing.
	if err := sample.LoadBacKanAwards(ctx, st); err != nil {
		t.Fatal(err)
	}
	if n, _ := st.CountNominations(ctx, data.NominationFilter{CampaignID: c.ID}); n != 3+3+27+31+sample.BacKanGiayKhen {
		t.Errorf("%d nominations after loading twice", n)
	}
}

func TestGenerateNominations(t *testing.T) {
	a, b := scale.GenerateNominations(5000), scale.GenerateNominations(5000)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the generator is not deterministic")
	}
	keys := make([]award.NomineeKey, len(a))
	collectives := 0
	for i, in := range a {
		keys[i] = award.KeyFor(in.Kind, in.Name, in.Birth)
		if in.Kind == award.Collective {
			collectives++
		}
	}
	if d := award.FindDuplicates(keys); len(d) > 0 {
		t.Errorf("%d duplicates, first %+v: %q / %q", len(d), d[0], a[d[0].A].Name, a[d[0].B].Name)
	}
	if collectives < 300 || collectives > 1000 {
		t.Errorf("%d collectives in 5000", collectives)
	}
}
