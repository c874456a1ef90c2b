package intake

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Collect expands the paths given to `beishen import` into the files to
// read: folders recursively in sorted order, keeping supported extensions and
// skipping hidden files and Office lock files (~$…). A file named explicitly
// with an unsupported extension, a missing path or an unreadable folder is
// reported in errs; the other paths are still collected.
func Collect(paths []string) (files []string, errs []error) {
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fail(p, NotFound, ""))
			continue
		}
		if !st.IsDir() {
			if !st.Mode().IsRegular() {
				errs = append(errs, fail(p, NotRegular, ""))
				continue
			}
			if _, ok := FormatOf(p); !ok {
				errs = append(errs, fail(p, Unsupported, filepath.Ext(p)))
				continue
			}
			add(p)
			continue
		}
		// WalkDir visits entries in lexical order, so the result is stable.
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fail(path, NotFound, err.Error()))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if path != p && skippedName(name) {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				if _, ok := FormatOf(name); ok {
					add(path)
				}
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fail(p, NotFound, err.Error()))
		}
	}
	return files, errs
}

// skippedName: hidden files and folders, the "~$name.docx" lock files
// Word and WPS leave beside an open document, and the _index.md with which
// a static-site collection describes its folder (front matter, no document).
func skippedName(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") || strings.EqualFold(name, "_index.md")
}
