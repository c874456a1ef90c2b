package export

import (
	"io"

	"beishen/review/safe"
)

// WriteOpinionMarkdown writes the paper as markdown, laid out by the same
// template as the docx, through the one output sanitiser (review/safe).
func WriteOpinionMarkdown(w io.Writer, o Opinion) (err error) {
	blocks, err := o.Layout()
	if err != nil {
		return err
	}
	sw := safe.NewWriter(w)
	defer sw.Finish(&err)
	_, err = io.WriteString(sw, paperMarkdown(blocks))
	return err
}
