package intake

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/klippa-app/go-pdfium"
	pdferrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// PDFium runs as WebAssembly (no cgo, nothing to install). Starting it costs
// seconds, so it starts when the first PDF arrives, and one instance then
// serves every PDF in turn.
var pdfEngine struct {
	once     sync.Once
	mu       sync.Mutex
	instance pdfium.Pdfium
	err      error
}

// PDFCacheDir, when set before the first PDF is read, keeps PDFium's
// compiled machine code there, so later runs start in a fraction of the
// time. The caller (main) chooses the directory; "" compiles afresh.
var PDFCacheDir string

func pdfInstance() (pdfium.Pdfium, error) {
	pdfEngine.once.Do(func() {
		// The bundled PDFium needs WebAssembly exception handling.
		rc := wazero.NewRuntimeConfig().WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling)
		if PDFCacheDir != "" {
			if cache, err := wazero.NewCompilationCacheWithDir(PDFCacheDir); err == nil {
				rc = rc.WithCompilationCache(cache)
			}
		}
		pool, err := webassembly.Init(webassembly.Config{
			RuntimeConfig: rc,
			Context:       context.Background(),
			MinIdle:       1,
			MaxIdle:       1,
			MaxTotal:      1,
			// PDFium gets the bytes from us; it needs no view of the disk.
			FSConfig: wazero.NewFSConfig(),
			Stdout:   io.Discard,
			Stderr:   io.Discard,
		})
		if err != nil {
			pdfEngine.err = err
			return
		}
		pdfEngine.instance, pdfEngine.err = pool.GetInstance(time.Minute)
	})
	return pdfEngine.instance, pdfEngine.err
}

// readPDF extracts the text layer page by page and refuses scans and
// text layers that decode to garbage.
func readPDF(name string, data []byte) (string, *Error) {
	if !isPDF(data) {
		return "", fail(name, NotDocument, "不是 PDF 文件 / not a PDF file"+kindHint(data))
	}
	if e := checkPDFBomb(data); e != nil {
		e.Path = name
		return "", e
	}
	pages, err := pdfPages(data)
	if err != nil {
		if errors.Is(err, pdferrors.ErrPassword) {
			return "", fail(name, Encrypted, "")
		}
		var e *Error
		if errors.As(err, &e) {
			e.Path = name
			return "", e
		}
		// The engine's errors carry a WebAssembly stack trace after the
		// first line: the reviewer gets the first line only.
		first, _, _ := strings.Cut(err.Error(), "\n")
		return "", fail(name, Corrupt, "无法打开 PDF / cannot open the PDF: "+first)
	}
	text := strings.Join(pages, "\n")
	meaningful, garbled := 0, 0
	for _, r := range text {
		switch {
		case r == unicode.ReplacementChar, isPrivateUse(r), unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t',
			r >= 0xA1 && r <= 0xFF && !strings.ContainsRune("°±·×÷§", r):
			garbled++
		case unicode.IsLetter(r), unicode.IsDigit(r):
			meaningful++
		}
	}
	if meaningful < 10*max(1, len(pages)) && garbled == 0 {
		return "", fail(name, Scanned, fmt.Sprintf("%d 页，%d 个文字 / %d pages, %d characters", len(pages), meaningful, len(pages), meaningful))
	}
	if garbled*10 > meaningful+garbled {
		return "", fail(name, Scanned, fmt.Sprintf("文字层为乱码（%d%%）/ the text layer is garbled (%d%%)",
			garbled*100/(meaningful+garbled), garbled*100/(meaningful+garbled)))
	}
	return text, nil
}

// isPDF accepts the %PDF- header anywhere in the first KiB, as readers do.
func isPDF(data []byte) bool {
	head := data[:min(len(data), 1024)]
	return strings.Contains(string(head), string(pdfMagic))
}

func pdfPages(data []byte) (pages []string, err error) {
	// A failure inside the WebAssembly engine is a PDF that cannot be
	// read, told as such, never a stack trace.
	defer func() {
		if r := recover(); r != nil {
			pages, err = nil, &Error{Code: Corrupt, Detail: fmt.Sprintf("PDF 引擎无法处理此文件 / the PDF engine failed on this file: %v", r)}
		}
	}()
	inst, err := pdfInstance()
	if err != nil {
		return nil, &Error{Code: Corrupt, Detail: "PDF 引擎无法启动 / the PDF engine failed to start: " + err.Error()}
	}
	pdfEngine.mu.Lock()
	defer pdfEngine.mu.Unlock()
	doc, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		return nil, err
	}
	defer inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: doc.Document})
	count, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc.Document})
	if err != nil {
		return nil, err
	}
	pages = make([]string, 0, count.PageCount)
	for i := 0; i < count.PageCount; i++ {
		t, err := inst.GetPageText(&requests.GetPageText{Page: requests.Page{
			ByIndex: &requests.PageByIndex{Document: doc.Document, Index: i},
		}})
		if err != nil {
			return nil, err
		}
		pages = append(pages, t.Text)
	}
	return pages, nil
}
