package main

// The hostile inputs of issue 14, in one table: each row is an attack as a
// hostile colleague made it, run through the command line exactly as the
// binary runs it (rootCmd and execute), and what the reviewer must see
// instead. Every row's output is also held to what no output may contain:
// a raw control or bidi character, a panic, a goroutine dump, a stack trace.
// Add a row for each new attack. The damaged-database fuzz target is
// storage.FuzzDamagedDatabase (run by .ci/fuzz).

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
	bolt "go.etcd.io/bbolt"

	"beishen/review"
	"beishen/review/safe"
	"beishen/storage"
	"beishen/ui/cli"
)

// lab is one attack's workspace: a folder and a database in it.
type lab struct {
	t   *testing.T
	dir string
	db  string
}

func newLab(t *testing.T) *lab {
	dir := t.TempDir()
	return &lab{t: t, dir: dir, db: filepath.Join(dir, "demo.db")}
}

// run executes the command line against the lab's database as main does and
// returns everything printed and the exit status.
func (l *lab) run(args ...string) (string, int) {
	l.t.Helper()
	var buf bytes.Buffer
	args = append([]string{"--db", l.db}, args...)
	env := &cli.Env{Stdout: safe.NewWriter(&buf), Stderr: safe.NewWriter(&buf), Lang: cli.LangOf(args, noEnv),
		SettingsPath: filepath.Join(l.dir, "no-settings.json")}
	root := rootCmd(env)
	root.SetArgs(args)
	root.SetOut(&buf)
	root.SetErr(&buf)
	code := execute(env, root)
	return buf.String(), code
}

// must runs a preparatory command that has to succeed.
func (l *lab) must(args ...string) string {
	l.t.Helper()
	out, code := l.run(args...)
	if code != 0 {
		l.t.Fatalf("%v: exit %d\n%s", args, code, out)
	}
	return out
}

func (l *lab) file(name string, data []byte) string {
	l.t.Helper()
	p := filepath.Join(l.dir, name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		l.t.Fatal(err)
	}
	return p
}

const regulation = "临江区数据共享管理办法\n\n第一条 为了促进政务数据共享，根据《中华人民共和国数据安全法》，制定本办法。\n第二条 本办法自2026年12月1日起施行，有效期5年。\n"

// withDocs imports n documents (text a few kilobytes each, so the file
// has well over 300,000 bytes in use) and leaves a rotating backup.
func (l *lab) withDocs(n int) *lab {
	l.t.Helper()
	src := filepath.Join(l.dir, "in")
	os.MkdirAll(src, 0o700)
	for i := range n {
		body := varied(i, 200)
		os.WriteFile(filepath.Join(src, fmt.Sprintf("%02d.txt", i)), []byte(regulation+body), 0o600)
	}
	l.must("import", src)
	st, err := storage.Open(l.db, storage.Options{})
	if err != nil {
		l.t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.RotateBackup(10); err != nil {
		l.t.Fatal(err)
	}
	return l
}

func (l *lab) newestBackup() string {
	all, _ := storage.Backups(l.db)
	if len(all) == 0 {
		l.t.Fatal("no backup")
	}
	return filepath.Base(all[len(all)-1])
}

// edit changes a bucket's value behind the program's back, as someone with
// a hex editor would.
func (l *lab) edit(bucket string, key []byte, change func([]byte) []byte) {
	l.t.Helper()
	db, err := bolt.Open(l.db, 0o600, nil)
	if err != nil {
		l.t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucket))
		return b.Put(key, change(plain(b.Get(key))))
	})
	if err != nil {
		l.t.Fatal(err)
	}
}

// varied is n articles of text that deflate little, as real texts do: the
// store keeps texts deflated, and repeated lines would shrink to nothing.
func varied(seed, n int) string {
	var b strings.Builder
	x := uint32(seed*2654435761 + 1)
	for j := range n {
		fmt.Fprintf(&b, "第%d条 各部门应当依法共享政务数据", j+3)
		for range 6 {
			x = x*1664525 + 1013904223
			b.WriteRune(rune(0x4e00 + x>>16%20000))
		}
		b.WriteString("。\n")
	}
	return b.String()
}

// plain is a stored record as its bytes: records are kept compressed
// behind a two-byte mark (storage/texts.go: zstd since schema 5, deflate
// before); one stored without the mark is read as it is, which is how the
// edited record goes back.
func plain(v []byte) []byte {
	if bytes.HasPrefix(v, []byte{0xFF, 's'}) {
		if d, err := zstd.NewReader(nil); err == nil {
			defer d.Close()
			if out, err := d.DecodeAll(v[2:], nil); err == nil {
				return out
			}
		}
	}
	if bytes.HasPrefix(v, []byte{0xFF, 'z'}) {
		out, err := io.ReadAll(flate.NewReader(bytes.NewReader(v[2:])))
		if err == nil {
			return out
		}
	}
	return append([]byte(nil), v...)
}

// alterText turns 共享 into 共庫 in the stored text of document 1, as in
// the issue.
func (l *lab) alterText() {
	l.edit("texts", key(1, 1), func(v []byte) []byte { return bytes.Replace(v, []byte("共享"), []byte("共庫"), 1) })
}

func key(ids ...uint64) []byte {
	var k []byte
	for _, id := range ids {
		k = append(k, byte(id>>56), byte(id>>48), byte(id>>40), byte(id>>32), byte(id>>24), byte(id>>16), byte(id>>8), byte(id))
	}
	return k
}

func (l *lab) truncate(size int64) {
	l.t.Helper()
	if err := os.Truncate(l.db, size); err != nil {
		l.t.Fatal(err)
	}
}

// hostileName is the file name of attack 3: it sets the terminal's title
// and writes its clipboard (OSC 0 and OSC 52).
const hostileName = "x\x1b]0;TITLE\a\x1b]52;c;aGVsbG8=\a.txt"

// nestedDocx is a .docx whose body nests depth elements.
func nestedDocx(depth int) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`))
	w.Write(bytes.Repeat([]byte("<w:pPr>"), depth))
	w.Write([]byte("<w:t>第一条</w:t>"))
	w.Write(bytes.Repeat([]byte("</w:pPr>"), depth))
	w.Write([]byte(`</w:body></w:document>`))
	zw.Close()
	return buf.Bytes()
}

// flateBomb is a small PDF whose one content stream inflates to size bytes
// of spaces.
func flateBomb(size int) []byte {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for range size >> 20 {
		zw.Write(chunk)
	}
	zw.Close()
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n")
	b.WriteString("3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>> endobj\n")
	fmt.Fprintf(&b, "4 0 obj <</Length %d/Filter/FlateDecode>>\nstream\n", z.Len())
	b.Write(z.Bytes())
	b.WriteString("\nendstream\nendobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
	return b.Bytes()
}

type hostile struct {
	name   string
	attack int // the item of issue 14
	// do prepares the attack in the lab and runs the command that meets it.
	do   func(l *lab) (string, int)
	code int      // the exit status the reviewer gets
	want []string // what the output must say
	// check looks at anything beyond the output (files, the database).
	check func(t *testing.T, l *lab, out string)
}

// mustNotPrint is what no output may contain.
var mustNotPrint = []string{"\x1b", "\a", "\u202e", "\u0085", "panic:", "goroutine ", "SIGBUS", "wasm stack trace"}

var hostiles = []hostile{
	{name: "a stored text changed behind the log", attack: 1,
		do: func(l *lab) (string, int) {
			l.withDocs(1)
			l.alterText()
			return l.run("verify")
		},
		code: 1, want: []string{"文件 #1 第 1 版的正文与导入时记录的哈希", "正文已被改动"}},
	{name: "verify in English names the altered text", attack: 12,
		do: func(l *lab) (string, int) {
			l.withDocs(1)
			l.alterText()
			return l.run("--lang", "en", "verify")
		},
		code: 1, want: []string{"verification failed", "document #1 version 1: its text does not match the hash"},
		check: func(t *testing.T, l *lab, out string) {
			if han := hanOutsideParens(strings.ReplaceAll(out, l.dir, "")); han != "" {
				t.Errorf("Chinese in English verify output: %q\n%s", han, out)
			}
		}},
	{name: "restore of a backup whose text was changed", attack: 1,
		do: func(l *lab) (string, int) {
			l.withDocs(1)
			l.alterText()
			other := newLab(l.t)
			return other.run("restore", l.db, "--yes")
		},
		code: 1, want: []string{"未通过校验", "文件 #1 第 1 版的正文"}},
	{name: "a hand-over export of a text changed behind the log", attack: 1,
		do: func(l *lab) (string, int) {
			l.withDocs(1)
			l.alterText()
			return l.run("export", "log", "--format", "jsonl", "--with-texts", "-o", filepath.Join(l.dir, "handover.jsonl"))
		},
		code: 1, want: []string{"文件 #1 第 1 版的正文与导入时记录的哈希不符"},
		check: func(t *testing.T, l *lab, out string) {
			if _, err := os.Stat(filepath.Join(l.dir, "handover.jsonl")); err == nil {
				t.Error("the altered text was exported")
			}
		}},
	{name: "a queue row changed behind the log", attack: 1,
		do: func(l *lab) (string, int) {
			l.withDocs(1)
			l.edit("rows", key(1), func(v []byte) []byte { return bytes.Replace(v, []byte("共享"), []byte("共庫"), 1) })
			return l.run("verify")
		},
		code: 1, want: []string{"文件 #1 的队列记录与其状态不符"}},
	{name: "verify of a database truncated to 16384 bytes", attack: 2,
		do:   func(l *lab) (string, int) { l.withDocs(40).truncate(16384); return l.run("verify") },
		code: 1, want: []string{"数据库文件已损坏", "请从备份恢复", "backups"},
		check: func(t *testing.T, l *lab, out string) {
			if !strings.Contains(out, l.newestBackup()) {
				t.Errorf("the newest backup %s is not named:\n%s", l.newestBackup(), out)
			}
		}},
	{name: "show of a database truncated to 8192 bytes", attack: 2,
		do:   func(l *lab) (string, int) { l.withDocs(40).truncate(8192); return l.run("show", "1") },
		code: 1, want: []string{"数据库文件已损坏", "请从备份恢复"}},
	{name: "comment on a database truncated to 200000 bytes", attack: 2,
		do:   func(l *lab) (string, int) { l.withDocs(40).truncate(200000); return l.run("comment", "1", "看过") },
		code: 1, want: []string{"数据库文件已损坏", "请从备份恢复"}},
	{name: "verify of a database truncated to 300000 bytes, in English", attack: 2,
		do:   func(l *lab) (string, int) { l.withDocs(40).truncate(300000); return l.run("--lang", "en", "verify") },
		code: 1, want: []string{"the database file is damaged", "restore it from a backup"}},
	{name: "restore of a truncated backup", attack: 2,
		do: func(l *lab) (string, int) {
			l.withDocs(40).truncate(16384)
			return newLab(l.t).run("restore", l.db, "--yes")
		},
		code: 1, want: []string{"数据库文件已损坏", "demo.db"}},
	{name: "both meta pages flipped", attack: 2,
		do: func(l *lab) (string, int) {
			l.withDocs(2)
			b, _ := os.ReadFile(l.db)
			ps := int(binary.LittleEndian.Uint32(b[16+8:])) // meta 0 records the page size
			b[16] ^= 0x01                                   // magic of meta 0
			b[ps+16] ^= 1                                   // magic of meta 1, one page on
			os.WriteFile(l.db, b, 0o600)
			return l.run("list")
		},
		code: 1, want: []string{"数据库文件已损坏", "请从备份恢复"}},
	{name: "check of a file named with OSC 0 and OSC 52", attack: 3,
		do:   func(l *lab) (string, int) { return l.run("check", l.file(hostileName, []byte(regulation))) },
		want: []string{`\u001b]52;c;aGVsbG8=\u0007`}},
	{name: "import of a file named with OSC 0 and OSC 52", attack: 3,
		do:   func(l *lab) (string, int) { return l.run("import", l.file(hostileName, []byte(regulation))) },
		want: []string{"导入 1"}},
	{name: "a title with a right-to-left override in import, list and show", attack: 3,
		do: func(l *lab) (string, int) {
			out := l.must("import", l.file("rlo.txt", []byte("关于印发\u202efdp.exe的通知\n\n第一条 为了规范管理，制定本办法。\n")))
			out += l.must("list")
			out2, code := l.run("show", "1")
			return out + out2, code
		},
		want: []string{`\u202efdp.exe`}},
	{name: "a comment with escapes in the md and csv exports and a jsonl hand-over", attack: 3,
		do: func(l *lab) (string, int) {
			l.withDocs(1)
			l.must("comment", "1", "意见\x1b]52;c;aGVsbG8=\a\u202e")
			l.must("export", "log", "--format", "md", "-o", filepath.Join(l.dir, "log.md"))
			l.must("export", "log", "--format", "csv", "-o", filepath.Join(l.dir, "log.csv"))
			l.must("export", "log", "--format", "jsonl", "--with-texts", "-o", filepath.Join(l.dir, "log.jsonl"))
			other := newLab(l.t)
			other.must("import-log", filepath.Join(l.dir, "log.jsonl"))
			return other.run("show", "1", "--json")
		},
		want: []string{`意见\u001b]52;c;aGVsbG8=\u0007\u202e`},
		check: func(t *testing.T, l *lab, out string) {
			// jsonl keeps the bytes its hashes cover; JSON writes ESC and BEL as \u001b, \u0007.
			for f, raw := range map[string]string{"log.md": "\x1b\a\u202e", "log.csv": "\x1b\a\u202e", "log.jsonl": "\x1b\a"} {
				b, _ := os.ReadFile(filepath.Join(l.dir, f))
				if bytes.ContainsAny(b, raw) || !bytes.Contains(b, []byte(`52;c;aGVsbG8=`)) {
					t.Errorf("%s carries raw escapes or lost the comment:\n%q", f, b)
				}
			}
		}},
	{name: "export log -o onto an existing file", attack: 4,
		do: func(l *lab) (string, int) {
			l.withDocs(1)
			return l.run("export", "log", "--format", "csv", "-o", l.file("existing.csv", []byte("precious")))
		},
		code: 1, want: []string{"已存在，未覆盖", "--force"},
		check: func(t *testing.T, l *lab, out string) {
			if b, _ := os.ReadFile(filepath.Join(l.dir, "existing.csv")); string(b) != "precious" {
				t.Errorf("the existing file was replaced: %q", b)
			}
			if out, code := l.run("export", "log", "--format", "csv", "--force", "-o", filepath.Join(l.dir, "existing.csv")); code != 0 {
				t.Errorf("--force did not replace: %s", out)
			}
		}},
	{name: "backup onto an existing file", attack: 4,
		do: func(l *lab) (string, int) {
			l.withDocs(1)
			return l.run("backup", l.file("precious.txt", []byte("precious")))
		},
		code: 1, want: []string{"precious.txt 已存在，未覆盖"},
		check: func(t *testing.T, l *lab, out string) {
			fi, _ := os.Stat(filepath.Join(l.dir, "precious.txt"))
			if b, _ := os.ReadFile(filepath.Join(l.dir, "precious.txt")); string(b) != "precious" || fi.Mode().Perm() != 0o600 {
				t.Errorf("the existing file was touched: %q %v", b, fi.Mode())
			}
		}},
	{name: "two exports on one day without -o", attack: 4,
		do: func(l *lab) (string, int) {
			l.withDocs(1)
			l.t.Chdir(l.dir)
			l.must("export", "log", "--format", "md")
			return l.run("export", "log", "--format", "md")
		},
		check: func(t *testing.T, l *lab, out string) {
			day := time.Now().In(review.Zone).Format("20060102")
			for _, f := range []string{"审查日志-" + day + ".md", "审查日志-" + day + "-2.md"} {
				if _, err := os.Stat(filepath.Join(l.dir, f)); err != nil {
					t.Errorf("%s: %v", f, err)
				}
			}
		}},
	{name: "a FIFO named on the command line", attack: 5,
		do: func(l *lab) (string, int) {
			fifo := filepath.Join(l.dir, "pipe.txt")
			if err := mkfifo(fifo); err != nil {
				l.t.Skipf("no FIFOs here: %v", err)
			}
			return within(l.t, 20*time.Second, func() (string, int) { return l.run("import", fifo) })
		},
		code: 1, want: []string{"pipe.txt", "不是普通文件"},
		check: func(t *testing.T, l *lab, out string) {
			if out, code := l.run("list"); code != 0 {
				t.Errorf("the database is still held: %s", out)
			}
		}},
	{name: "a deeply nested .docx", attack: 6,
		do: func(l *lab) (string, int) {
			f := l.file("nested.docx", nestedDocx(9000)) // 66 KB took 13 s
			return within(l.t, 10*time.Second, func() (string, int) { return l.run("import", f) })
		},
		code: 1, want: []string{"nested.docx", "嵌套超过 256 层"}},
	{name: "a PDF Flate bomb", attack: 7,
		do: func(l *lab) (string, int) {
			f := l.file("bomb.pdf", flateBomb(300<<20))
			return within(l.t, 30*time.Second, func() (string, int) { return l.run("check", f) })
		},
		code: 1, want: []string{"bomb.pdf", "超过 256 MiB"}},
	{name: "import-log of a jsonl with one 300 MB line", attack: 8,
		do: func(l *lab) (string, int) {
			f := l.file("huge.jsonl", nil)
			os.Truncate(f, 300<<20) // sparse: one line of NULs, no newline
			return within(l.t, 30*time.Second, func() (string, int) { return l.run("import-log", f) })
		},
		code: 1, want: []string{"第 1 行", "超过 129 MiB", "未导入任何内容"}},
	{name: "repeated undo --doc walks back to the import", attack: 9,
		do: func(l *lab) (string, int) {
			l.withDocs(1)
			l.must("comment", "1", "请补充依据")
			l.must("undo", "--doc", "1")
			out, _ := l.run("undo", "--doc", "1")
			out2, code := l.run("show", "1")
			return out + out2, code
		},
		want: []string{"只剩导入，导入不能撤销", "临江区数据共享管理办法"}},
	{name: "a folder import hitting a full disk part way", attack: 10,
		do: func(l *lab) (string, int) {
			if os.Geteuid() != 0 {
				l.t.Skip("needs root to mount a small tmpfs")
			}
			mnt := filepath.Join(l.dir, "small")
			os.Mkdir(mnt, 0o700)
			if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mnt).CombinedOutput(); err != nil {
				l.t.Skipf("cannot mount tmpfs: %v %s", err, out)
			}
			l.t.Cleanup(func() { exec.Command("umount", mnt).Run() })
			l.db = filepath.Join(mnt, "full.db")
			src := filepath.Join(l.dir, "in")
			os.Mkdir(src, 0o700)
			for i := range 300 {
				body := varied(i, 400)
				os.WriteFile(filepath.Join(src, fmt.Sprintf("%03d.txt", i)), []byte(regulation+body), 0o600)
			}
			return l.run("import", src)
		},
		code: 1, want: []string{"磁盘空间已满，导入中途停止", "个文件已保存", "共 300 个文件：导入"},
		check: func(t *testing.T, l *lab, out string) {
			if strings.Contains(out, "数据未被改动") {
				t.Errorf("says nothing changed after committing documents:\n%s", out)
			}
		}},
	{name: "a collection's _index.md in a folder import", attack: 11,
		do: func(l *lab) (string, int) {
			src := filepath.Join(l.dir, "site")
			os.Mkdir(src, 0o700)
			os.WriteFile(filepath.Join(src, "_index.md"), []byte("---\ntitle: 规范性文件\nweight: 10\n---\n"), 0o600)
			os.WriteFile(filepath.Join(src, "page.md"), []byte("---\ntitle: x\n---\n"+regulation), 0o600)
			out := l.must("import", src)
			out2, code := l.run("list")
			return out + out2, code
		},
		want: []string{"共 1 个文件：导入 1", "临江区数据共享管理办法"},
		check: func(t *testing.T, l *lab, out string) {
			if strings.Contains(out, "---") {
				t.Errorf("front matter became a document:\n%s", out)
			}
		}},
	{name: "a database path that is a folder, in English", attack: 12,
		do: func(l *lab) (string, int) {
			l.db = l.dir
			return l.run("--lang", "en", "list")
		},
		code: 1, want: []string{"this is a folder", "restore it from a backup"}},
	{name: "a write error in English", attack: 12,
		do: func(l *lab) (string, int) {
			l.withDocs(1)
			return l.run("--lang", "en", "backup", filepath.Join(l.file("plain", []byte("x")), "sub", "b.db"))
		},
		code: 1, want: []string{"cannot write"},
		check: func(t *testing.T, l *lab, out string) {
			if han := hanOutsideParens(strings.ReplaceAll(out, l.dir, "")); han != "" {
				t.Errorf("Chinese in an English write error: %q\n%s", han, out)
			}
		}},
	{name: "an import failure names its path once", attack: 12,
		do:   func(l *lab) (string, int) { return l.run("import", filepath.Join(l.dir, "missing.txt")) },
		code: 1, want: []string{"missing.txt"},
		check: func(t *testing.T, l *lab, out string) {
			if n := strings.Count(out, "missing.txt"); n != 1 {
				t.Errorf("the path is printed %d times:\n%s", n, out)
			}
		}},
}

// within runs f and fails the test if it has not returned after d (an
// attack that blocks would otherwise hang the whole run).
func within(t *testing.T, d time.Duration, f func() (string, int)) (string, int) {
	t.Helper()
	type result struct {
		out  string
		code int
	}
	done := make(chan result, 1)
	go func() { o, c := f(); done <- result{o, c} }()
	select {
	case r := <-done:
		return r.out, r.code
	case <-time.After(d):
		t.Fatalf("still running after %v", d)
		return "", 0
	}
}

func TestHostileInputs(t *testing.T) {
	for _, h := range hostiles {
		t.Run(fmt.Sprintf("%02d %s", h.attack, h.name), func(t *testing.T) {
			l := newLab(t)
			out, code := h.do(l)
			if code != h.code {
				t.Errorf("exit status %d, want %d", code, h.code)
			}
			for _, w := range h.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, bad := range mustNotPrint {
				if strings.Contains(out, bad) {
					t.Errorf("output contains %q", bad)
				}
			}
			if h.check != nil {
				h.check(t, l, out)
			}
			if t.Failed() {
				t.Logf("output:\n%s", out)
			}
		})
	}
}
