package awards

import (
	"time"

	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/award"
)

// fillFilters lists the award forms and proposing organisations,
// keeping the choices still there.
func (v *view) fillFilters(forms []data.AwardForm, props []data.Proposer) {
	v.forms, v.proposers = forms, props
	formNames := []string{allForms}
	for _, f := range v.forms {
		formNames = append(formNames, f.Name)
	}
	propNames := []string{allProposers}
	for _, p := range v.proposers {
		propNames = append(propNames, p.Name)
	}
	keep := func(sel *widget.Select, opts []string, none string) {
		cur := sel.Selected
		sel.Options = opts
		found := false
		for _, o := range opts {
			found = found || o == cur
		}
		if !found {
			cur = none
		}
		sel.Selected = cur
		sel.Refresh()
	}
	keep(v.form, formNames, allForms)
	keep(v.proposer, propNames, allProposers)
	keep(v.kind, v.kind.Options, allKinds)
	keep(v.status, v.status.Options, allStatuses)
}

// moneyDate is the date prize money is shown for (see Campaign.MoneyDate),
// for the nominations not in an award decision: those show the amount
// their decision froze.
func (v *view) moneyDate() time.Time { return v.campaign.MoneyDate(time.Now()) }

// formID is the award form filtered on (0: all).
func (v *view) formID() int64 {
	for _, f := range v.forms {
		if f.Name == v.form.Selected {
			return f.ID
		}
	}
	return 0
}

// filter is what the table shows.
func (v *view) filter() data.NominationFilter {
	f := data.NominationFilter{CampaignID: v.campaign.ID, Query: v.search.Text, FormID: v.formID()}
	if k, ok := award.ParseKind(v.kind.Selected); ok {
		f.Kind = k
	}
	if st, ok := award.ParseStatus(v.status.Selected); ok {
		f.Status = st
	}
	for _, p := range v.proposers {
		if p.Name == v.proposer.Selected {
			f.ProposerID = p.ID
		}
	}
	return f
}
