package award

import "tdkt/data/vn"

// Status is the state of a nomination in its workflow. The Vietnamese
// values are stored as they are.
type Status string

// The states of a nomination.
const (
	Proposed   Status = "Đề nghị"
	Verified   Status = "Đã thẩm định"
	Submitted  Status = "Trình ký"
	Awarded    Status = "Đã khen"
	Ineligible Status = "Không đủ điều kiện"
	Returned   Status = "Trả lại"
)

// Statuses lists every state in workflow order.
var Statuses = []Status{Proposed, Verified, Submitted, Awarded, Ineligible, Returned}

// ParseStatus recognises a state ignoring case, diacritics and extra spaces.
func ParseStatus(s string) (Status, bool) {
	f := vn.Fold(s)
	for _, st := range Statuses {
		if vn.Fold(string(st)) == f {
			return st, true
		}
	}
	return "", false
}

// IsFinal reports whether nothing can follow the state: Đã khen (set by an
// issued decision) and Không đủ điều kiện.
func (s Status) IsFinal() bool { return s == Awarded || s == Ineligible }

// valid reports whether s is one of the states.
func (s Status) valid() bool {
	for _, st := range Statuses {
		if s == st {
			return true
		}
	}
	return false
}

// CanMove reports whether a nomination may go from one state to another:
//
//   - forward one step along Đề nghị → Đã thẩm định → Trình ký → Đã khen;
//     the last step belongs to issuing a decision, never to a manual edit;
//   - to Không đủ điều kiện or Trả lại from any state that is not final
//     (both need a reason, see NeedsReason);
//   - back from Trả lại to Đề nghị.
//
// Đã khen and Không đủ điều kiện are final; staying in the same state is
// not a move.
func CanMove(from, to Status) bool {
	if !from.valid() || !to.valid() || from == to || from.IsFinal() {
		return false
	}
	switch to {
	case Ineligible, Returned:
		return true
	case Verified:
		return from == Proposed
	case Submitted:
		return from == Verified
	case Awarded:
		return from == Submitted
	case Proposed:
		return from == Returned
	}
	return false
}

// NeedsReason reports whether moving to the state requires a written
// reason: Không đủ điều kiện and Trả lại.
func NeedsReason(to Status) bool { return to == Ineligible || to == Returned }

// MoveRule says in words which moves CanMove allows, for the message that
// refuses one.
const MoveRule = "chỉ chuyển tiếp từng bước: Đề nghị, rồi Đã thẩm định, rồi Trình ký; " +
	"trả lại hoặc không đủ điều kiện khi chưa khen; từ Trả lại về Đề nghị"

// SetByHand reports whether a user may move a nomination to the state
// himself: every state but Đã khen, which only issuing a decision sets.
func SetByHand(to Status) bool { return to != Awarded }
