package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"beishen/review"
)

// ExistsError means a file is in the way of a backup or an export: it was
// not replaced.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string { return e.Message(review.ZH) }
func (e *ExistsError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("%s already exists and was not replaced; add --force to replace it, or choose another name", e.Path)
	}
	return fmt.Sprintf("%s 已存在，未覆盖；要替换它请加 --force，或换一个文件名", e.Path)
}

// WriteError means a file could not be written; the cause (from the
// operating system) follows in brackets.
type WriteError struct {
	Path  string
	Cause error
}

func (e *WriteError) Error() string { return e.Message(review.ZH) }
func (e *WriteError) Unwrap() error { return e.Cause }
func (e *WriteError) Message(lang review.Lang) string {
	if lang == review.EN {
		return fmt.Sprintf("cannot write %s (%s)", e.Path, review.Message(e.Cause, lang))
	}
	return fmt.Sprintf("无法写入 %s（%s）", e.Path, review.Message(e.Cause, lang))
}

// Place gives the finished temporary file tmp its name dest. Unless replace,
// it never takes the place of an existing file: the hard link fails if dest
// exists, atomically; where links are not possible (FAT, some shares) it
// looks first. tmp is gone afterwards unless an error is returned.
func Place(tmp, dest string, replace bool) error {
	if replace {
		return os.Rename(tmp, dest)
	}
	err := os.Link(tmp, dest)
	switch {
	case err == nil:
		return os.Remove(tmp)
	case errors.Is(err, fs.ErrExist):
		return &ExistsError{Path: dest}
	}
	if _, err := os.Lstat(dest); err == nil {
		return &ExistsError{Path: dest}
	}
	return os.Rename(tmp, dest)
}

// FreeName is path if no file has that name, else the first of path with
// -2, -3… before its extension that is free: two exports on one day get
// two files.
func FreeName(path string) string {
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	for i := 2; ; i++ {
		if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
			return path
		}
		path = fmt.Sprintf("%s-%d%s", stem, i, ext)
	}
}
