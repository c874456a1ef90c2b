package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"beishen/review"
)

// clock returns a Now that advances one minute per call, so event times
// are distinct and deterministic.
func clock() func() time.Time {
	t := time.Date(2026, 11, 2, 9, 0, 0, 0, review.Zone)
	return func() time.Time { t = t.Add(time.Minute); return t }
}

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "data", "beishen.db")
	s, err := Open(path, Options{Actor: "张三", Now: clock()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func item(title, sha string) ImportItem {
	return ImportItem{
		Kind: review.Draft,
		Meta: review.Meta{Title: title, DraftingUnit: "临江区经济和信息化局"},
		Version: NewVersion{FileName: title + ".txt", Format: "txt", Encoding: "UTF-8", SHA256: sha,
			Text: "第一条 为了规范管理，制定本办法。", RulesVersion: "test",
			Findings: []review.Finding{{Rule: "F04", Category: review.FairCompetition, Severity: review.High, Start: 3, End: 7, Excerpt: "为了规范"}}},
	}
}

func TestFileAndDirectoryPermissions(t *testing.T) {
	_, path := openTemp(t)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("database mode %v, want 0600", fi.Mode().Perm())
	}
	di, _ := os.Stat(filepath.Dir(path))
	if di.Mode().Perm() != 0o700 {
		t.Errorf("directory mode %v, want 0700", di.Mode().Perm())
	}
}

func TestImportRecordsActorTimeAndDetectsDuplicates(t *testing.T) {
	s, _ := openTemp(t)
	res, err := s.Import(item("关于促进制造业发展的若干政策", "aa"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Doc.ID != 1 || res.Doc.Stage != review.StageIntake || len(res.Doc.Findings) != 1 {
		t.Fatalf("imported doc = %+v", res.Doc)
	}
	again, err := s.Import(item("另一个标题但同一文件", "aa"))
	var dup *DuplicateError
	if !errors.As(err, &dup) || !again.Duplicate || again.DuplicateOf != 1 {
		t.Fatalf("second import of the same bytes: res=%+v err=%v", again, err)
	}
	if !strings.Contains(review.Message(err, review.ZH), "已导入过") {
		t.Errorf("duplicate message = %q", review.Message(err, review.ZH))
	}
	evs, _ := s.Events(1)
	if len(evs) != 1 || evs[0].Actor != "张三" || evs[0].At.IsZero() || evs[0].Hash == "" {
		t.Fatalf("events = %+v", evs)
	}
	rows, _ := s.Summaries()
	if len(rows) != 1 || rows[0].High != 1 {
		t.Fatalf("rows = %+v", rows)
	}
	v, err := s.Version(1, 1)
	if err != nil || !strings.Contains(v.Text, "第一条") {
		t.Fatalf("version text = %q, %v", v.Text, err)
	}
}

func TestGuardRefusalLeavesNoEvent(t *testing.T) {
	s, _ := openTemp(t)
	s.Import(item("办法", "bb"))
	_, _, err := s.Do(review.NewEvent(1, review.StageChanged{From: review.StageIntake, To: review.StageLegality}))
	var g *review.GuardError
	if !errors.As(err, &g) || !strings.Contains(err.Error(), "起草说明") {
		t.Fatalf("advance without materials: %v", err)
	}
	if _, n, _ := s.Count(); n != 1 {
		t.Fatalf("a refused action left %d events, want 1", n)
	}
}

func TestUndoAndRedoAppendCompensatingEvents(t *testing.T) {
	s, _ := openTemp(t)
	s.Import(item("办法", "cc"))
	if _, _, err := s.Do(review.NewEvent(1, review.MaterialsMarked{Material: review.DraftingNote, Present: true})); err != nil {
		t.Fatal(err)
	}
	_, d, err := s.Undo(0)
	if err != nil || d.Material[review.DraftingNote] {
		t.Fatalf("after undo: material=%v err=%v", d.Material, err)
	}
	_, d, err = s.Redo(1)
	if err != nil || !d.Material[review.DraftingNote] {
		t.Fatalf("after redo: material=%v err=%v", d.Material, err)
	}
	evs, _ := s.Events(1)
	var types []string
	for _, e := range evs {
		types = append(types, string(e.Type))
	}
	if got := strings.Join(types, ","); got != "imported,materials_marked,undo,redo" {
		t.Fatalf("log = %s", got)
	}
	r, _ := s.Verify()
	if !r.OK() {
		t.Fatalf("verify after undo/redo: %v", r.Problems)
	}
	// Undo twice more: the mark, then nothing: an import is not undone
	// (issue 14), the document stays in the queue.
	s.Undo(1)
	if _, _, err = s.Undo(1); !errors.Is(err, ErrNothingToUndo) {
		t.Fatalf("undo with only the import left: %v", err)
	}
	if rows, _ := s.Summaries(); len(rows) != 1 {
		t.Fatalf("the document left the queue: %+v", rows)
	}
}

func TestVerifyNamesTheTamperedEvent(t *testing.T) {
	s, path := openTemp(t)
	s.Import(item("甲", "d1"))
	s.Import(item("乙", "d2"))
	s.Do(review.NewEvent(2, review.Comment{Text: "请补充制定依据"}))
	if r, _ := s.Verify(); !r.OK() || r.Events != 3 {
		t.Fatalf("fresh database: %+v", r)
	}
	s.Close()

	// Change one byte inside stored event #2: the actor's name.
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bEvents)
		v := append([]byte(nil), b.Get(itob(2))...)
		i := strings.Index(string(v), "张三")
		v[i+2] ^= 0x01 // still valid UTF-8 neighbourhood does not matter: bytes changed
		return b.Put(itob(2), v)
	})
	db.Close()

	s2, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	r, err := s2.Verify()
	if err != nil {
		t.Fatal(err)
	}
	if r.OK() || r.Broken != 2 {
		t.Fatalf("verify after tampering: broken=%d problems=%v", r.Broken, r.Problems)
	}
	if !strings.Contains(r.Problems[0].ZH, "事件 #2") {
		t.Errorf("first problem does not name event #2: %q", r.Problems[0])
	}
}

func TestSecondOpenReportsAlreadyOpen(t *testing.T) {
	_, path := openTemp(t)
	start := time.Now()
	_, err := Open(path, Options{Timeout: 200 * time.Millisecond})
	var locked *LockedError
	if !errors.As(err, &locked) {
		t.Fatalf("second open: %v", err)
	}
	if !strings.Contains(review.Message(err, review.ZH), "数据库已被另一个窗口打开") || !strings.Contains(err.Error(), path) {
		t.Errorf("message = %q", err.Error())
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("second open hung for %v", time.Since(start))
	}
}

func TestNotABoltFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(path, []byte(strings.Repeat("这不是数据库。", 1000)), 0o600)
	_, err := Open(path, Options{})
	var ce *CorruptError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "不是备审数据库文件") {
		t.Fatalf("open of a text file: %v", err)
	}
	if b, _ := os.ReadFile(path); !strings.HasPrefix(string(b), "这不是数据库") {
		t.Fatal("opening a foreign file changed it")
	}
}

func TestBackupIsAConsistentOpenableCopy(t *testing.T) {
	s, _ := openTemp(t)
	s.Import(item("甲", "e1"))
	dir := t.TempDir()
	dest, err := s.Backup(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(dest)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v", fi.Mode().Perm())
	}
	b, err := Open(dest, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if r, _ := b.Verify(); !r.OK() || r.Events != 1 {
		t.Fatalf("backup verify: %+v", r)
	}
}

func TestDoAllCommitsWhatPassesAndReportsTheRest(t *testing.T) {
	s, _ := openTemp(t)
	for i, sha := range []string{"f1", "f2", "f3"} {
		s.Import(item(string(rune('甲'+i)), sha))
	}
	evs := []review.Event{
		review.NewEvent(1, review.Comment{Text: "已阅"}),
		review.NewEvent(2, review.Comment{Text: ""}), // refused: empty
		review.NewEvent(3, review.Comment{Text: "已阅"}),
	}
	out, err := s.DoAll(evs)
	if err != nil {
		t.Fatal(err)
	}
	if out[0].Err != nil || out[1].Err == nil || out[2].Err != nil {
		t.Fatalf("outcomes: %v / %v / %v", out[0].Err, out[1].Err, out[2].Err)
	}
	if r, _ := s.Verify(); !r.OK() || r.Events != 5 {
		t.Fatalf("after bulk: %+v", r)
	}
}

func TestSearchKeysArePreparedWhenStoredAndFollowEdits(t *testing.T) {
	s, _ := openTemp(t)
	s.Import(item("公平竞争审查实施办法", "g1"))
	docs, err := s.SearchDocs()
	if err != nil || len(docs) != 1 || docs[0].Display != "公平竞争审查实施办法 临江区经济和信息化局" {
		t.Fatalf("search docs: %+v %v", docs, err)
	}
	if len(docs[0].Prepared.Initials) == 0 {
		t.Fatal("pinyin initials were not stored")
	}
	d, _ := s.Document(1)
	m := d.Meta
	m.Title, m.DocNumber = "养老服务补贴办法", "临政办规〔2026〕9号"
	if _, _, err := s.Do(review.NewEvent(1, review.MetadataEdited{Meta: m})); err != nil {
		t.Fatal(err)
	}
	docs, _ = s.SearchDocs()
	if docs[0].Display != "养老服务补贴办法 临政办规〔2026〕9号 临江区经济和信息化局" {
		t.Fatalf("after edit: %q", docs[0].Display)
	}
	s.Undo(1)
	if docs, _ = s.SearchDocs(); len(docs) != 1 || docs[0].Display != "公平竞争审查实施办法 临江区经济和信息化局" {
		t.Fatalf("after undoing the edit: %+v", docs)
	}
}

// A light read gives the same metadata and review record as the full one,
// without the findings and the checklist.
func TestDocumentLightLeavesOutFindingsAndChecklist(t *testing.T) {
	s, _ := openTemp(t)
	res, err := s.Import(item("关于促进制造业发展的若干政策", "aa"))
	if err != nil {
		t.Fatal(err)
	}
	id := res.Doc.ID
	if _, _, err := s.Do(review.NewEvent(id, review.ChecklistMarked{Item: "LC1", Mark: review.Conforms})); err != nil {
		t.Fatal(err)
	}
	full, err := s.Document(id)
	if err != nil {
		t.Fatal(err)
	}
	light, err := s.DocumentLight(id)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Findings) == 0 || len(full.Checks) == 0 {
		t.Fatalf("the full state lacks what the test compares: %d findings, %d checks", len(full.Findings), len(full.Checks))
	}
	if light.Findings != nil || light.Checks != nil {
		t.Errorf("light read kept %d findings, %d checks", len(light.Findings), len(light.Checks))
	}
	full.Findings, full.Checks = nil, nil
	if !sameState(full, light) {
		t.Errorf("light read differs from the full state beyond findings and checklist:\n%+v\n%+v", light, full)
	}
	if _, err := s.DocumentLight(id + 99); err == nil {
		t.Error("a missing document read without error")
	}
	var many []review.Document
	if err := s.DocumentsLight([]uint64{id + 99, id}, func(d review.Document) error { many = append(many, d); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(many) != 1 || !sameState(many[0], light) {
		t.Errorf("DocumentsLight gave %d documents, want the one light read", len(many))
	}
}
