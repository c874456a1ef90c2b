package intake

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf16"
)

// ConversionTimeout bounds one LibreOffice conversion of a .doc/.wps file.
var ConversionTimeout = 2 * time.Minute

// readLegacy reads an old binary Word or WPS file by converting it to .docx
// with LibreOffice when it is installed; without it the user is told to save
// the file as .docx.
func readLegacy(name string, format Format, data []byte) (string, *Error) {
	if bytes.HasPrefix(data, zipMagic) {
		// A .docx that was renamed .doc/.wps: read it as what it is.
		return readDocx(name, data)
	}
	if !bytes.HasPrefix(data, oleMagic) && !bytes.HasPrefix(data, []byte("{\\rtf")) {
		return "", fail(name, NotDocument, "不是 Word/WPS 文件 / not a Word/WPS file"+kindHint(data))
	}
	if isEncryptedOOXML(data) {
		return "", fail(name, Encrypted, "")
	}
	soffice := findSoffice()
	if soffice == "" {
		return "", fail(name, NeedsConversion, "")
	}
	dir, err := os.MkdirTemp("", "beishen-convert-")
	if err != nil {
		return "", fail(name, ConversionFailed, err.Error())
	}
	defer os.RemoveAll(dir)
	ext := "." + string(format)
	if format == DOCX {
		ext = ".doc"
	}
	in := filepath.Join(dir, "input"+ext)
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return "", fail(name, ConversionFailed, err.Error())
	}
	ctx, cancel := context.WithTimeout(context.Background(), ConversionTimeout)
	defer cancel()
	// A private profile, so a LibreOffice window the user has open does not
	// swallow the request.
	profile := "-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	outDir := filepath.Join(dir, "out")
	cmd := exec.CommandContext(ctx, soffice, profile, "--headless", "--norestore",
		"--convert-to", "docx", "--outdir", outDir, in)
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		return "", fail(name, ConversionFailed, "LibreOffice 超时 / timed out")
	}
	docx, rerr := os.ReadFile(filepath.Join(outDir, "input.docx"))
	if err != nil || rerr != nil {
		detail := strings.TrimSpace(string(out))
		if detail == "" && err != nil {
			detail = err.Error()
		}
		return "", fail(name, ConversionFailed, truncate(detail, 200))
	}
	return readDocx(name, docx)
}

// findSoffice is LibreOffice's command-line converter on PATH, or "".
func findSoffice() string {
	for _, c := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	return ""
}

// isEncryptedOOXML spots a password-protected .docx: Office stores it in a
// CFB container with an "EncryptedPackage" stream (names are UTF-16LE).
func isEncryptedOOXML(data []byte) bool {
	if !bytes.HasPrefix(data, oleMagic) {
		return false
	}
	return bytes.Contains(data, utf16le("EncryptedPackage"))
}

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
