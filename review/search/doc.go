// Package search finds documents as a reviewer types: fuzzy, in-order
// matching of Chinese titles, 文号, issuers and drafting units, plus
// pinyin-initial matching (gpjz → 公平竞争), over 100,000 documents within
// a keystroke.
//
// Keys are prepared once per document (Key / Prepare: NFKC, width folding,
// lower-casing with a rune map back to the display string, and per-rune
// sets of pinyin initials with every reading of a polyphone) and persisted
// by the store (Prepared.MarshalBinary). An Index holds postings of runes
// (with each rune's first, second and last position in the document), of
// initials and of initial bigrams (two adjacent characters read with
// initials a and b); queries intersect postings, rank with an fzf-V1
// scorer in a top-K heap, and a Searcher narrows each keystroke to the
// previous query's matches, resuming each document's match where the
// shorter query's ended, so that most keystrokes are answered from
// postings with few reads of document text.
//
// Pinyin initials follow input-method convention: a run of ASCII letters
// in the query stands for that many ADJACENT characters, each readable
// with the letter's initial (gpjz → 公平竞争, ylfw → 养老服务; 公…平…竞…争
// scattered does not match). The run may start anywhere in any field. In a
// mixed query (南浔gpjz) every other rune matches literally; runs and
// literal runes occur in that order with anything between them. A single
// letter matches any character with that initial; such a query is ranked
// from the letter's postings alone, without reading texts.
//
// Result order: all direct matches (the set plain fuzzy.Find returns over
// the display strings, plus width/NFKC variants) best first, then the
// documents found only through pinyin initials (Hit.ByInitials). Positions
// are rune indexes into Display.
//
// Concurrency: Index.Search and Searcher.Search may run concurrently from
// any goroutines (e.g. a Bubble Tea Cmd per keystroke); Add and Remove take
// a write lock, so they wait for running searches and the next search sees
// the change. Results may share memory with a Searcher's cache: read-only.
package search
