package export

import "io"

// WriteOpinionMarkdown writes the paper as markdown, laid out by the same
// template as the docx.
func WriteOpinionMarkdown(w io.Writer, o Opinion) error {
	blocks, err := o.Layout()
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, paperMarkdown(blocks))
	return err
}
