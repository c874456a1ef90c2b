package intake

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
)

// MaxPDFInflated bounds what the Flate-compressed streams of one PDF may
// unpack to, all together. PDFium inflates a content stream whole in its
// memory: a 1 MB file holding 1 GiB of spaces took 46 s and 3.6 GB before
// failing. Real documents stay far below the bound; a PDF past it is
// refused before PDFium sees it, like a .docx zip bomb.
const MaxPDFInflated = 256 << 20

// checkPDFBomb inflates every Flate stream of data into nothing, counting,
// and refuses the file once the total passes MaxPDFInflated. A stream that
// does not inflate is left for PDFium to judge.
func checkPDFBomb(data []byte) *Error {
	budget := int64(MaxPDFInflated)
	for rest := data; ; {
		i := bytes.Index(rest, []byte("stream"))
		if i < 0 {
			return nil
		}
		dict := rest[max(0, bytes.LastIndex(rest[:i], []byte("obj"))):i]
		body := rest[i+len("stream"):]
		switch {
		case bytes.HasPrefix(body, []byte("\r\n")):
			body = body[2:]
		case bytes.HasPrefix(body, []byte("\n")), bytes.HasPrefix(body, []byte("\r")):
			body = body[1:]
		default: // "endstream" or a word that merely contains "stream"
			rest = rest[i+len("stream"):]
			continue
		}
		end := bytes.Index(body, []byte("endstream"))
		if end < 0 {
			end = len(body)
		}
		if bytes.Contains(dict, []byte("/FlateDecode")) || bytes.Contains(dict, []byte("/Fl ")) || bytes.Contains(dict, []byte("/Fl/")) {
			if zr, err := zlib.NewReader(bytes.NewReader(body[:end])); err == nil {
				n, _ := io.Copy(io.Discard, io.LimitReader(zr, budget+1))
				budget -= n
				if budget < 0 {
					return &Error{Code: TooLarge, Detail: fmt.Sprintf("PDF 中的压缩内容解压后超过 %d MiB / the PDF's compressed streams unpack to more than %d MiB", MaxPDFInflated>>20, MaxPDFInflated>>20)}
				}
			}
		}
		rest = body[end:]
	}
}
