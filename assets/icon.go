package assets

import _ "embed"

// Icon is the program's icon (512×512 PNG): a yellow star on the red of
// official documents above a ballot slot; legible down to 16 px.
//
//go:embed icon.png
var Icon []byte
