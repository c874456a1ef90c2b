package gen

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// ForBench returns the cached database of n documents for a benchmark, and
// skips the benchmark when the corpus is not beside the repository: every
// benchmark package wants exactly this.
func ForBench(tb testing.TB, n int) string {
	tb.Helper()
	root, ok := Corpus()
	if !ok {
		tb.Skip("shared/corpus/bulk not found beside the repository; skipped")
	}
	path, err := Cached(n, root)
	if err != nil {
		tb.Fatal(err)
	}
	return path
}

// PrivateCopy copies the database at src into the benchmark's temporary
// directory, for a benchmark that writes (the cached file is shared).
func PrivateCopy(tb testing.TB, src string) string {
	tb.Helper()
	dst := filepath.Join(tb.TempDir(), filepath.Base(src))
	in, err := os.Open(src)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		tb.Fatal(err)
	}
	if err := out.Close(); err != nil {
		tb.Fatal(err)
	}
	return dst
}
