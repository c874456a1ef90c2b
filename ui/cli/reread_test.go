package cli

import (
	"path/filepath"
	"slices"
	"testing"

	"beishen/review"
)

// A revised draft comes back without （征求意见稿） and now states its 施行日期:
// the document's title and effective date follow the new text, on the log,
// while what the reviewer typed (the drafting unit) stays. Found walking a
// draft to publication: the publish form had no 施行日期 to offer and the
// header still read （征求意见稿） after the final text was in.
func TestResubmittedTextUpdatesWhatTheOldTextSaid(t *testing.T) {
	e := newEnv(t)
	dir := t.TempDir()
	v1 := write(t, filepath.Join(dir, "充电设施-征求意见稿.txt"), []byte(
		"青川县人民政府办公室关于促进电动自行车充电设施建设管理的实施意见（征求意见稿）\n\n第一条 本意见适用于本县。\n第二条 本意见自印发之日起施行，有效期五年。\n"))
	if err := e.Import([]string{v1}, review.Draft); err != nil {
		t.Fatal(e.errOut)
	}
	st, _ := e.Open()
	d, _ := st.Document(1)
	meta := d.Meta
	meta.DraftingUnit = "青川县住房和城乡建设局"
	if _, _, err := st.Do(review.NewEvent(1, review.MetadataEdited{Meta: meta, Changed: []string{"drafting_unit"}})); err != nil {
		t.Fatal(err)
	}
	st.Close()

	v2 := write(t, filepath.Join(dir, "充电设施-送审稿.txt"), []byte(
		"青川县人民政府办公室关于促进电动自行车充电设施建设管理的实施意见\n\n第一条 本意见适用于本县。\n第二条 本意见自2027年2月1日起施行，有效期五年。\n"))
	if err := e.AddVersion(1, v2, ""); err != nil {
		t.Fatal(e.errOut)
	}
	st, _ = e.Open()
	defer st.Close()
	d, _ = st.Document(1)
	if d.Meta.Title != "青川县人民政府办公室关于促进电动自行车充电设施建设管理的实施意见" {
		t.Errorf("title after the revised text: %q", d.Meta.Title)
	}
	if d.Meta.Effective != review.MustDate("2027-02-01") || !d.Meta.Read(review.MetaEffective) {
		t.Errorf("effective date after the revised text: %s (read from text: %v)", d.Meta.Effective, d.Meta.Read(review.MetaEffective))
	}
	if d.Meta.DraftingUnit != "青川县住房和城乡建设局" {
		t.Errorf("the typed drafting unit was lost: %q", d.Meta.DraftingUnit)
	}
	evs, err := st.Events(1)
	if err != nil {
		t.Fatal(err)
	}
	last := evs[len(evs)-1]
	p, _ := last.Decode()
	me, ok := p.(*review.MetadataEdited)
	if !ok || !slices.Contains(me.Changed, "title") || !slices.Contains(me.Changed, "effective") {
		t.Errorf("the log's last event is %s %+v, want the metadata the new text changed", last.Type, p)
	}
	if r, _ := st.Verify(); !r.OK() {
		t.Errorf("verify after the resubmission: %v", r.Problems)
	}
}
