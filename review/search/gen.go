package search

import (
	"fmt"
	"io/fs"
	"math/rand"
	"path/filepath"
	"sort"
	"strings"
)

// LoadTitles is the disk edge of the synthetic corpus: the titles of the
// regulations under root (file names "标题(日期).md"), sorted so the
// corpus is the same on every machine.
func LoadTitles(root string) ([]string, error) {
	var titles []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() || !strings.HasSuffix(name, ".md") || strings.HasPrefix(name, "_") {
			return nil
		}
		name = strings.TrimSuffix(name, ".md")
		if i := strings.LastIndex(name, "("); i > 0 {
			name = name[:i]
		}
		titles = append(titles, name)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(titles)
	return titles, nil
}

// Places issuing local normative documents; the second field is the
// one-character abbreviation used in 文号.
var synthPlaces = [][2]string{
	{"杭州市", "杭"}, {"宁波市", "甬"}, {"温州市", "温"}, {"湖州市", "湖"}, {"嘉兴市", "嘉"},
	{"绍兴市", "绍"}, {"金华市", "金"}, {"衢州市", "衢"}, {"舟山市", "舟"}, {"台州市", "台"},
	{"丽水市", "丽"}, {"南京市", "宁"}, {"苏州市", "苏"}, {"无锡市", "锡"}, {"常州市", "常"},
	{"南通市", "通"}, {"扬州市", "扬"}, {"徐州市", "徐"}, {"合肥市", "合"}, {"芜湖市", "芜"},
	{"福州市", "榕"}, {"厦门市", "厦"}, {"泉州市", "泉"}, {"南昌市", "洪"}, {"济南市", "济"},
	{"青岛市", "青"}, {"烟台市", "烟"}, {"郑州市", "郑"}, {"洛阳市", "洛"}, {"武汉市", "武"},
	{"长沙市", "长"}, {"广州市", "穗"}, {"深圳市", "深"}, {"珠海市", "珠"}, {"佛山市", "佛"},
	{"南宁市", "南"}, {"海口市", "海"}, {"重庆市", "渝"}, {"成都市", "成"}, {"贵阳市", "筑"},
	{"昆明市", "昆"}, {"西安市", "西"}, {"兰州市", "兰"}, {"银川市", "银"}, {"西宁市", "宁"},
	{"南浔区", "浔"}, {"吴兴区", "吴"}, {"长兴县", "长"}, {"德清县", "德"}, {"安吉县", "安"},
	{"平湖市", "平"}, {"海宁市", "海"}, {"桐乡市", "桐"}, {"义乌市", "义"}, {"永康市", "永"},
	{"乐清市", "乐"}, {"瑞安市", "瑞"}, {"慈溪市", "慈"}, {"余姚市", "余"}, {"诸暨市", "诸"},
}

// Issuing bodies: the suffix after the place name, and the 文号 infix.
var synthIssuers = [][2]string{
	{"人民政府", "政规"}, {"人民政府办公室", "政办规"}, {"人民政府", "政发"},
	{"人民政府办公室", "政办发"}, {"市场监督管理局", "市监规"}, {"发展和改革委员会", "发改规"},
	{"财政局", "财规"}, {"住房和城乡建设局", "建规"}, {"交通运输局", "交规"},
	{"人力资源和社会保障局", "人社规"}, {"自然资源和规划局", "自然资规"}, {"生态环境局", "环规"},
	{"教育局", "教规"}, {"卫生健康委员会", "卫健规"}, {"商务局", "商规"}, {"农业农村局", "农规"},
}

var synthDrafters = []string{
	"司法局", "发展和改革委员会", "市场监督管理局", "财政局", "经济和信息化局", "住房和城乡建设局",
	"交通运输局", "商务局", "应急管理局", "医疗保障局", "数据资源管理局", "行政审批服务局",
}

// Templates turning a national regulation's title into a local document's.
var synthTemplates = []string{
	"关于印发《%[1]s%[2]s实施细则》的通知",
	"%[1]s贯彻落实《%[2]s》的实施意见",
	"%[1]s%[2]s",
	"关于进一步加强%[2]s工作的通知",
	"关于做好%[2]s公平竞争审查工作的通知",
	"%[1]s关于调整%[2]s有关事项的通知",
	"关于印发《%[1]s%[2]s（试行）》的通知",
	"%[1]s关于废止《%[2]s》部分条款的决定",
}

// Synthetic builds n distinct, realistic document entries from regulation
// titles, deterministically for a given seed: local documents that adapt a
// regulation, with an issuer, a 文号 like "湖政规〔2023〕12号" and a drafting
// unit. IDs are 1..n. It panics if titles is empty.
func Synthetic(titles []string, n int, seed int64) []Doc {
	if len(titles) == 0 {
		panic("search.Synthetic: no titles")
	}
	rng := rand.New(rand.NewSource(seed))
	seen := make(map[string]bool, n)
	docs := make([]Doc, 0, n)
	for len(docs) < n {
		place := synthPlaces[rng.Intn(len(synthPlaces))]
		issuer := synthIssuers[rng.Intn(len(synthIssuers))]
		regulation := titles[rng.Intn(len(titles))]
		template := synthTemplates[rng.Intn(len(synthTemplates))]
		title := fmt.Sprintf(template, place[0], strings.TrimPrefix(regulation, "中华人民共和国"))
		year := 2010 + rng.Intn(16)
		number := fmt.Sprintf("%s%s〔%d〕%d号", place[1], issuer[1], year, 1+rng.Intn(60))
		drafter := place[0] + synthDrafters[rng.Intn(len(synthDrafters))]
		display := Join(title, number, place[0]+issuer[0], drafter)
		if seen[display] {
			continue
		}
		seen[display] = true
		docs = append(docs, Doc{ID: uint64(len(docs) + 1), Entry: Entry{Display: display, Prepared: Prepare(display)}})
	}
	return docs
}
