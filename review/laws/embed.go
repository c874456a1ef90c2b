package laws

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
)

// The embedded data (see gen_embed.go): the cited laws' files, gzipped
// (about 700 KB for 2.9 MB of text), the collection's index of titles
// (26 KB), and the curated list of repealed and amended laws.
var (
	//go:embed data/library.md.gz
	libraryGz []byte
	//go:embed data/titles.tsv.gz
	titlesGz []byte
	//go:embed data/changes.json
	changesJSON []byte
)

func gunzip(b []byte) string {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		panic("laws: embedded data: " + err.Error())
	}
	out, err := io.ReadAll(r)
	if err != nil {
		panic("laws: embedded data: " + err.Error())
	}
	return string(out)
}

func loadEmbedded() {
	ls, err := ReadBundle(gunzip(libraryGz))
	if err != nil {
		panic("laws: embedded library: " + err.Error())
	}
	embeddedLib = NewMemory(ls, ReadTitles(gunzip(titlesGz)))
	curated, err := ParseChanges(changesJSON)
	if err != nil {
		panic("laws: embedded changes: " + err.Error())
	}
	embeddedChg = append(MineRepeals(embeddedLib.Laws()), curated...)
}
