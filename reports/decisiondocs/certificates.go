package decisiondocs

import (
	"context"
	"fmt"
	"io"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
	"tdkt/reports/pdf"
)

// Certificates are the certificate pages of a decision's list, one per
// recipient, with the register numbers given when it was issued. Each
// prints on its blank: the family from the decision's form and the
// issuer's level (award.CertificateFamily; the level is the settings'
// issuer, the one that checked the decision's competence when it was
// drafted), the kind from its item, so one decision may print on several
// blanks.
func Certificates(ctx context.Context, st *data.Store, number string) ([]pdf.Certificate, error) {
	d, err := st.DecisionByNumber(ctx, number)
	if err != nil {
		return nil, err
	}
	items, err := st.DecisionItems(ctx, d.ID)
	if err != nil {
		return nil, err
	}
	campaign := ""
	if d.CampaignID != 0 {
		c, err := st.Campaign(ctx, d.CampaignID)
		if err != nil {
			return nil, err
		}
		campaign = c.Name
	}
	level, err := st.IssuerLevel(ctx)
	if err != nil {
		return nil, err
	}
	family := award.CertificateFamily(d.FormName, level)
	achievement := vn.UpperFirst(award.Achievement(campaign))
	var out []pdf.Certificate
	for _, it := range items {
		out = append(out, pdf.Certificate{Name: award.CertificateName(it.Kind, it.Name, it.Sex), Position: it.Detail, Achievement: achievement,
			DecisionNumber: d.Number, DecisionDate: d.Date, Register: it.RegisterNo, Place: d.Place,
			SignerFor: d.SignerFor, SignerTitle: d.SignerTitle, SignerName: d.SignerName, Blank: pdf.BlankFor(family, it.Kind)})
	}
	return out, nil
}

// CertificateLayouts are the calibrated layouts from the settings
// cert_layout (the Bằng khen cá nhân) and cert_layouts (the other
// blanks); a blank never saved has its default (pdf.ParseCertificateLayouts).
func CertificateLayouts(ctx context.Context, st *data.Store) (pdf.CertificateLayouts, error) {
	set, err := st.Settings(ctx)
	if err != nil {
		return nil, err
	}
	ls, err := pdf.ParseCertificateLayouts(set.CertificateLayout, set.CertificateLayouts)
	if err != nil {
		return nil, fmt.Errorf("vị trí in Bằng khen, Giấy khen trong cài đặt bị hỏng: %w", err)
	}
	return ls, nil
}

// CertificateLayout is the calibrated layout of the blank, or its default.
func CertificateLayout(ctx context.Context, st *data.Store, b pdf.Blank) (pdf.CertificateLayout, error) {
	ls, err := CertificateLayouts(ctx, st)
	if err != nil {
		return pdf.CertificateLayout{}, err
	}
	return ls.For(b), nil
}

// SaveCertificateLayout saves the layout of its blank, checked, keeping
// the other blanks' layouts.
func SaveCertificateLayout(ctx context.Context, st *data.Store, l pdf.CertificateLayout) error {
	if err := l.Check(); err != nil {
		return err
	}
	ls, err := CertificateLayouts(ctx, st)
	if err != nil {
		return err
	}
	ls[l.Blank] = l
	single, others, err := ls.Encode()
	if err != nil {
		return err
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return err
	}
	set.CertificateLayout, set.CertificateLayouts = single, others
	return st.SaveSettings(ctx, set)
}

// WriteCertificatesPDF writes one certificate page per recipient of the
// decision, each the size of its blank.
func WriteCertificatesPDF(ctx context.Context, st *data.Store, number string, w io.Writer) error {
	certs, err := Certificates(ctx, st, number)
	if err != nil {
		return err
	}
	layouts, err := CertificateLayouts(ctx, st)
	if err != nil {
		return err
	}
	f, err := fonts(ctx, st)
	if err != nil {
		return err
	}
	return pdf.WriteCertificates(w, layouts, certs, f)
}

// WriteCalibrationPDF writes the page that calibrates the certificate
// printing of one blank: the fields of layout at their places, in the
// configured fonts. The window (with the layout being edited) and `tdkt
// decision calibration` (with the saved one) both call it.
func WriteCalibrationPDF(ctx context.Context, st *data.Store, layout pdf.CertificateLayout, w io.Writer) error {
	f, err := fonts(ctx, st)
	if err != nil {
		return err
	}
	return pdf.WriteCalibration(w, layout, f)
}
