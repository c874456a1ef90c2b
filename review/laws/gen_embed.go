//go:build ignore

// gen_embed writes data/library.md.gz and data/titles.tsv.gz from a copy of
// the national collection (LawRefBook layout): the laws that the rules,
// checklist items and templates cite, every version the collection has,
// and the titles of the whole collection's index. Run from this folder:
//
//	go run gen_embed.go /path/to/corpus
//
// where corpus holds laws/ (with db.sqlite3) and bulk/行政法规, bulk/部门规章.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// embedded are the short names of the laws the product ships with.
var embedded = []string{
	"宪法", "立法法", "行政处罚法", "行政许可法", "行政强制法", "行政复议法", "行政诉讼法", "民法典",
	"反垄断法", "价格法", "政府采购法", "招标投标法", "招标投标法实施条例", "劳动合同法", "食品安全法",
	"公益事业捐赠法", "统计法", "税收征收管理法", "大气污染防治法", "城市维护建设税法", "道路交通安全法",
	"公平竞争审查条例", "优化营商环境条例", "国有土地上房屋征收与补偿条例", "规章制定程序条例",
	"自然保护区条例", "法规规章备案审查条例", "法规规章备案条例", "道路运输条例", "城市道路管理条例",
	"企业信息公示暂行条例", "不动产登记暂行条例", "城市生活无着的流浪乞讨人员救助管理办法",
	"政府信息公开条例", "重大行政决策程序暂行条例",
	// the laws local normative documents cite most often, so that their
	// articles can be read beside a draft and a citation of them checked
	"消防法", "安全生产法", "环境保护法", "治安管理处罚法", "城乡规划法", "土地管理法", "建筑法",
	"产品质量法", "消费者权益保护法", "广告法", "传染病防治法", "教育法", "义务教育法", "反不正当竞争法",
	"中小企业促进法", "农产品质量安全法", "动物防疫法", "个人信息保护法", "数据安全法", "标准化法",
	"旅游法", "城市房地产管理法", "噪声污染防治法", "固体废物污染环境防治法", "水污染防治法", "档案法",
	"居民身份证法", "物业管理条例", "市场主体登记管理条例",
	// the laws that set the measures the legality rules meet most (政务处分,
	// 拘留 and 收缴, vaccination, registration of households and marriages,
	// wages, fireworks, emergencies), so that a sentence restating one of
	// them is seen as such (Restated) and their articles can be quoted.
	// (Not 监察法, 出境入境管理法 or 婚姻登记条例: the library would read
	// them as the same laws as the repealed 行政监察法, 公民出境入境管理法 and
	// 婚姻登记管理条例, and C01 would stop naming those citations.)
	"公职人员政务处分法", "行政机关公务员处分条例", "刑事诉讼法", "人民警察法", "禁毒法",
	"疫苗管理法", "突发事件应对法", "精神卫生法", "就业促进法", "妇女权益保障法", "未成年人保护法",
	"户口登记条例", "居住证暂行条例", "社会救助暂行办法", "保障农民工工资支付条例", "烟花爆竹安全管理条例",
}

var dateRe = regexp.MustCompile(`[（(]\d{4}-\d{2}-\d{2}[)）]$`)

func main() {
	root := os.Args[1]
	want := map[string]bool{}
	for _, n := range embedded {
		want[n] = true
	}
	var buf bytes.Buffer
	found := map[string]bool{}
	var files []string
	for _, sub := range []string{"laws", "bulk/行政法规", "bulk/部门规章"} {
		dir := filepath.Join(root, sub)
		filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			name := strings.TrimSuffix(filepath.Base(p), ".md")
			name = strings.TrimSpace(dateRe.ReplaceAllString(name, ""))
			if want[name] || (strings.Contains(rel, "/民法典/") && want["民法典"]) {
				if name == "_index" || strings.Contains(name, "模版") {
					return nil
				}
				files = append(files, rel)
				found[name] = true
				if strings.Contains(rel, "/民法典/") {
					found["民法典"] = true
				}
			}
			return nil
		})
	}
	sort.Strings(files)
	for _, rel := range files {
		b, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			panic(err)
		}
		fmt.Fprintf(&buf, "\x00%s\n", rel)
		buf.Write(b)
	}
	for _, n := range embedded {
		if !found[n] {
			fmt.Fprintln(os.Stderr, "not in the collection:", n)
		}
	}
	write("data/library.md.gz", buf.Bytes())
	fmt.Printf("library: %d files, %d bytes\n", len(files), buf.Len())

	out, err := exec.Command("sqlite3", "-separator", "\t", filepath.Join(root, "laws", "db.sqlite3"),
		`select level, name, ifnull(publish,''), expired, ifnull(valid_from,'') from law where level != '案例' order by name, publish`).Output()
	if err != nil {
		panic(err)
	}
	write("data/titles.tsv.gz", out)
	fmt.Printf("titles: %d bytes\n", len(out))
}

func write(path string, b []byte) {
	var z bytes.Buffer
	w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	w.Write(b)
	w.Close()
	if err := os.WriteFile(path, z.Bytes(), 0o644); err != nil {
		panic(err)
	}
	fmt.Printf("%s: %d bytes compressed\n", path, z.Len())
}
