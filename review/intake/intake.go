// Package intake reads the files reviewers receive (.txt, .md, .docx, .pdf,
// and .doc/.wps through LibreOffice when present) into plain text plus the
// metadata printed on the document (title, 文号, issuer, dates).
package intake

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Format is the kind of file the text came from.
type Format string

const (
	TXT  Format = "txt"
	MD   Format = "md"
	DOCX Format = "docx"
	PDF  Format = "pdf"
	DOC  Format = "doc"
	WPS  Format = "wps"
)

// Result is one file read into text. Rune offsets into Text are what
// findings point at, so Text is normalised once here and never again.
type Result struct {
	Text     string // "\n" line endings, trailing spaces trimmed
	Format   Format
	Encoding string // "UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "GB18030"
	SHA256   string // hex SHA-256 of the original bytes
	Size     int64
	Meta     Meta
}

// Limits on what is read, so a hostile or mistaken file cannot exhaust memory.
const (
	MaxTextSize = 64 << 20  // plain text files
	MaxFileSize = 256 << 20 // any other file
)

var formatsByExt = map[string]Format{
	".txt": TXT, ".md": MD, ".docx": DOCX, ".pdf": PDF, ".doc": DOC, ".wps": WPS,
}

// FormatOf is the format a file name's extension claims, case-insensitively.
func FormatOf(name string) (Format, bool) {
	f, ok := formatsByExt[strings.ToLower(filepath.Ext(name))]
	return f, ok
}

// ReadFile reads and extracts the file at path.
func ReadFile(path string) (*Result, error) {
	format, ok := FormatOf(path)
	st, err := os.Stat(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, fail(path, NotFound, "")
		}
		return nil, fail(path, NotFound, err.Error())
	}
	if st.IsDir() {
		return nil, fail(path, NotDocument, "这是文件夹 / this is a folder")
	}
	if !ok {
		return nil, fail(path, Unsupported, filepath.Ext(path))
	}
	if limit := sizeLimit(format); st.Size() > limit {
		return nil, fail(path, TooLarge, sizeDetail(st.Size(), limit))
	}
	f, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Read at most limit+1 bytes: the file may have grown since Stat.
	limit := sizeLimit(format)
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fail(path, Corrupt, err.Error())
	}
	if int64(len(data)) > limit {
		return nil, fail(path, TooLarge, sizeDetail(int64(len(data)), limit))
	}
	return Read(path, data)
}

// Read extracts the file named name (used for its extension and in errors)
// from data. The extension chooses the reader; the content must agree.
func Read(name string, data []byte) (*Result, error) {
	format, ok := FormatOf(name)
	if !ok {
		return nil, fail(name, Unsupported, filepath.Ext(name))
	}
	if len(data) == 0 {
		return nil, fail(name, Empty, "")
	}
	if limit := sizeLimit(format); int64(len(data)) > limit {
		return nil, fail(name, TooLarge, sizeDetail(int64(len(data)), limit))
	}
	var (
		text, enc string
		err       *Error
	)
	switch format {
	case TXT, MD:
		text, enc, err = readText(name, data)
	case DOCX:
		text, err = readDocxOrOther(name, data)
		enc = "UTF-8"
	case PDF:
		text, err = readPDF(name, data)
		enc = "UTF-8"
	case DOC, WPS:
		text, err = readLegacy(name, format, data)
		enc = "UTF-8"
	}
	if err != nil {
		return nil, err
	}
	text = normalise(text)
	if format == MD {
		text = withoutFrontMatter(text)
	}
	if strings.TrimSpace(text) == "" {
		return nil, fail(name, Empty, "")
	}
	sum := sha256.Sum256(data)
	return &Result{
		Text:     text,
		Format:   format,
		Encoding: enc,
		SHA256:   hex.EncodeToString(sum[:]),
		Size:     int64(len(data)),
		Meta:     ExtractMeta(text),
	}, nil
}

func sizeLimit(f Format) int64 {
	if f == TXT || f == MD {
		return MaxTextSize
	}
	return MaxFileSize
}

func sizeDetail(size, limit int64) string {
	return fmt.Sprintf("%.1f MiB > %d MiB", float64(size)/(1<<20), limit>>20)
}

// readDocxOrOther reads a .docx, but sends an old binary Word file that was
// merely renamed .docx to the legacy path instead of calling it corrupt.
func readDocxOrOther(name string, data []byte) (string, *Error) {
	switch {
	case bytes.HasPrefix(data, zipMagic):
		return readDocx(name, data)
	case bytes.HasPrefix(data, oleMagic):
		if isEncryptedOOXML(data) {
			return "", fail(name, Encrypted, "")
		}
		return readLegacy(name, DOCX, data)
	}
	return "", fail(name, NotDocument, "不是 .docx（ZIP）文件 / not a .docx (ZIP) file"+kindHint(data))
}

// normalise makes "\n" the only line ending, drops a leading BOM and NULs
// and trims trailing spaces (ASCII, ideographic and no-break) on each line.
func normalise(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	if strings.ContainsAny(s, "\r\x00") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
		s = strings.ReplaceAll(s, "\x00", "")
	}
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		line, rest, found := strings.Cut(s, "\n")
		b.WriteString(strings.TrimRight(line, " \u3000\u00a0"))
		if found {
			b.WriteByte('\n')
		}
		s = rest
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// openRegular opens path only if it is a regular file. A FIFO, a device or
// a socket named on the command line would block the read (holding the
// database lock) or never end; O_NONBLOCK keeps the open itself from
// waiting on a FIFO, and the check is made on the opened file, so the path
// cannot be swapped in between.
func openRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, fail(path, NotFound, err.Error())
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, fail(path, NotRegular, "")
	}
	return f, nil
}

// withoutFrontMatter drops the YAML (---) or TOML (+++) front matter a
// static-site collection puts at the top of a Markdown file: it describes
// the page, it is not the document's text. A file that is only front matter
// (a collection's _index.md) is left empty, and so refused as empty.
func withoutFrontMatter(text string) string {
	for _, fence := range []string{"---", "+++"} {
		if !strings.HasPrefix(text, fence+"\n") {
			continue
		}
		rest := text[len(fence)+1:]
		if end := strings.Index("\n"+rest, "\n"+fence+"\n"); end >= 0 {
			return strings.TrimLeft(rest[end+len(fence)+1:], "\n")
		}
	}
	return text
}
