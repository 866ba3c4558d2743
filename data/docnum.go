package data

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"tdkt/data/vn"
)

// DocNumber is a document number as NĐ 30/2020 writes it: a sequence
// number of the year's register and a symbol, "123/QĐ-UBND".
type DocNumber struct {
	Seq    int
	Symbol string // "QĐ-UBND"
}

// String writes the number as NĐ 30/2020 does: a sequence number below 10
// takes a leading zero ("03/QĐ-UBND"), others are written as they are
// ("123/QĐ-UBND").
func (n DocNumber) String() string { return fmt.Sprintf("%02d/%s", n.Seq, n.Symbol) }

var docNumberRE = regexp.MustCompile(`^0*([1-9][0-9]{0,5})\s*/\s*(\S+)$`)

// ParseDocNumber reads "123/QĐ-UBND" (also "0123/QĐ-UBND", "123 / qđ-ubnd",
// "3/QĐ-UBND" for "03/QĐ-UBND", and "QD" typed without the stroke) into
// its parts, the symbol upper-cased with "QĐ" written as the decree
// writes it.
func ParseDocNumber(s string) (DocNumber, error) {
	m := docNumberRE.FindStringSubmatch(vn.Clean(s))
	if m == nil {
		return DocNumber{}, fmt.Errorf("số quyết định %q không đúng dạng: cần số thứ tự/ký hiệu, ví dụ 123/QĐ-UBND", s)
	}
	seq, _ := strconv.Atoi(m[1])
	symbol := strings.ToUpper(m[2])
	if strings.HasPrefix(symbol, "QD-") {
		symbol = "QĐ-" + symbol[3:]
	}
	if !strings.HasPrefix(symbol, "QĐ-") || len(symbol) <= len("QĐ-") {
		return DocNumber{}, fmt.Errorf("ký hiệu %q của số quyết định phải bắt đầu bằng QĐ-, ví dụ 123/QĐ-UBND", m[2])
	}
	return DocNumber{Seq: seq, Symbol: symbol}, nil
}

// ParseProposalNumber reads a tờ trình's number, "12/TTr-UBND" (also
// "012/ttr-ubnd", "5/TTr-UBND" for "05/TTr-UBND"): the symbol starts with
// "TTr-" (Nghị định 30/2020/NĐ-CP, Phụ lục III: TTr is the abbreviation of
// tờ trình), written with that case, the rest upper-cased.
func ParseProposalNumber(s string) (DocNumber, error) {
	m := docNumberRE.FindStringSubmatch(vn.Clean(s))
	if m == nil {
		return DocNumber{}, fmt.Errorf("số tờ trình %q không đúng dạng: cần số thứ tự/ký hiệu, ví dụ 12/TTr-UBND", s)
	}
	seq, _ := strconv.Atoi(m[1])
	up := strings.ToUpper(m[2])
	if !strings.HasPrefix(up, "TTR-") || len(up) <= len("TTR-") {
		return DocNumber{}, fmt.Errorf("ký hiệu %q của số tờ trình phải bắt đầu bằng TTr-, ví dụ 12/TTr-UBND", m[2])
	}
	return DocNumber{Seq: seq, Symbol: "TTr-" + up[len("TTR-"):]}, nil
}
