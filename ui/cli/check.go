package cli

import (
	"fmt"
	"io"

	"beishen/review"
)

// Check runs the automatic checks on files without storing them.
// (Placeholder until review/rules lands.)
func Check(stdout, stderr io.Writer, files []string, asJSON bool, lang review.Lang) error {
	return fmt.Errorf("check: not built yet")
}
