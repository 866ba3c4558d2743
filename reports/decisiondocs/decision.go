package decisiondocs

import (
	"context"
	"io"
	"strings"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/reports/pdf"
)

// DecisionDocument is the printable form of the decision numbered number:
// its text as stored, and its list as the appendix.
func DecisionDocument(ctx context.Context, st *data.Store, number string) (pdf.Decision, error) {
	d, err := st.DecisionByNumber(ctx, number)
	if err != nil {
		return pdf.Decision{}, err
	}
	items, err := st.DecisionItems(ctx, d.ID)
	if err != nil {
		return pdf.Decision{}, err
	}
	app := &pdf.Appendix{Subtitle: "TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG " + strings.ToUpper(award.FormInText(d.FormName))}
	for _, it := range items {
		row := pdf.Row{Name: it.Name, Detail: it.Detail, Rank: it.Rank, Money: it.Money}
		switch it.Kind {
		case award.Collective:
			app.Collectives = append(app.Collectives, row)
		case award.Household:
			app.Households = append(app.Households, row)
		default:
			app.Individuals = append(app.Individuals, row)
		}
	}
	if len(items) == 0 {
		app = nil
	}
	return pdf.Decision{
		ParentBody: d.ParentBody, Agency: d.Agency, Number: d.Number, Place: d.Place, Date: d.Date,
		Subject: d.Subject, Authority: d.Authority, Bases: d.Bases, Proposal: d.Proposal, Articles: d.Articles,
		SignerFor: d.SignerFor, SignerTitle: d.SignerTitle, SignerName: d.SignerName, Recipients: d.Recipients,
		Issuer: award.Issuer(d.Authority, d.Place), Appendix: app, Draft: !d.Issued(),
	}, nil
}

// fonts loads Times New Roman from the configured folder or the system,
// else the embedded serif.
func fonts(ctx context.Context, st *data.Store) (pdf.Fonts, error) {
	set, err := st.Settings(ctx)
	if err != nil {
		return pdf.Fonts{}, err
	}
	return pdf.LoadFonts(set.FontDir)
}

// WriteDecisionPDF writes the decision numbered number, with its appendix.
func WriteDecisionPDF(ctx context.Context, st *data.Store, number string, w io.Writer) error {
	doc, err := DecisionDocument(ctx, st, number)
	if err != nil {
		return err
	}
	f, err := fonts(ctx, st)
	if err != nil {
		return err
	}
	return pdf.WriteDecision(w, doc, f)
}

// ProposalDocument is the printable form of the proposal (tờ trình)
// numbered number: its text as stored, and its list with each one's
// achievement summary.
func ProposalDocument(ctx context.Context, st *data.Store, number string) (pdf.Proposal, error) {
	p, err := st.ProposalByNumber(ctx, number)
	if err != nil {
		return pdf.Proposal{}, err
	}
	items, err := st.ProposalItems(ctx, p.ID)
	if err != nil {
		return pdf.Proposal{}, err
	}
	list := &pdf.ProposalList{Subtitle: "TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG " + strings.ToUpper(award.FormInText(p.FormName)),
		By: award.Committee(p.Agency, p.Place)}
	for _, it := range items {
		row := pdf.ProposalRow{Name: it.Name, Detail: it.Detail, Achievement: it.Achievement}
		switch it.Kind {
		case award.Collective:
			list.Collectives = append(list.Collectives, row)
		case award.Household:
			list.Households = append(list.Households, row)
		default:
			list.Individuals = append(list.Individuals, row)
		}
	}
	if len(items) == 0 {
		list = nil
	}
	return pdf.Proposal{
		ParentBody: p.ParentBody, Agency: p.Agency, Number: p.Number, Place: p.Place, Date: p.Date,
		Subject: p.Subject, Addressees: p.Addressees, Bases: p.Bases, Paragraphs: p.Paragraphs,
		SignerFor: p.SignerFor, SignerTitle: p.SignerTitle, SignerName: p.SignerName, Recipients: p.Recipients,
		List: list, Draft: !p.Issued(),
	}, nil
}

// WriteProposalPDF writes the proposal numbered number, then its list.
func WriteProposalPDF(ctx context.Context, st *data.Store, number string, w io.Writer) error {
	doc, err := ProposalDocument(ctx, st, number)
	if err != nil {
		return err
	}
	f, err := fonts(ctx, st)
	if err != nil {
		return err
	}
	return pdf.WriteProposal(w, doc, f)
}
