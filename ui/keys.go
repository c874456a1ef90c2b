package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every key of the program in one place; the help overlay and
// the footers are built from it, so what is shown is what works.
type KeyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Open, Back, Search, Quit, Help          key.Binding
	NextTab, PrevTab, TabN, Sort, Mark      key.Binding
	ClearMarks                              key.Binding
	Advance, Comment, Decide, Undo, Redo    key.Binding
	Import                                  key.Binding
	NextFinding, PrevFinding                key.Binding
	Confirm, Dismiss, AnswerRest            key.Binding
	Focus, Cycle, Note, Meta                key.Binding
	MarkItem, MarkRest                      key.Binding
	NextDoc, PrevDoc, Timeline, Diff        key.Binding
	Stats, PrevYear, NextYear, Expiring     key.Binding
	ExportLog, ExportOpinion                key.Binding
	Filing, CleanupOutcome                  key.Binding
	NewVersion, Return, Kinds               key.Binding
	Campaigns, NewCampaign, SelectDocs      key.Binding
	Propose, ExportLists, CloseCampaign     key.Binding
	Messages                                key.Binding
	Basis, Laws, NextChapter, PrevChapter   key.Binding
	Assign, Mine                            key.Binding
	// The keys of dialogs, forms and the search line.
	Submit, Yes, No, Save, ForceQuit key.Binding
	NextField, PrevField             key.Binding
	NextChoice, PrevChoice           key.Binding
	FormDown, FormUp, FormEdit       key.Binding
	SearchUp, SearchDown, CloseLayer key.Binding
}

// Keys builds the keymap with labels in the user's language.
func Keys(c *Context) KeyMap {
	b := func(keys []string, k, zh, en string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, c.T(zh, en)))
	}
	up, down := c.Theme.Up, c.Theme.Down
	return KeyMap{
		Up:             b([]string{"k", "up"}, "k/"+up, "上移", "up"),
		Down:           b([]string{"j", "down"}, "j/"+down, "下移", "down"),
		PageUp:         b([]string{"pgup", "ctrl+u"}, "pgup", "上翻页", "page up"),
		PageDown:       b([]string{"pgdown", "ctrl+d"}, "pgdn", "下翻页", "page down"),
		Top:            b([]string{"g", "home"}, "g", "到顶部", "top"),
		Bottom:         b([]string{"G", "end"}, "G", "到底部", "bottom"),
		Open:           b([]string{"enter"}, "enter", "打开", "open"),
		Back:           b([]string{"esc"}, "esc", "返回/取消", "back"),
		Search:         b([]string{"/"}, "/", "搜索（标题、拼音首字母，再及正文）", "search (titles, pinyin initials, then the texts)"),
		Quit:           b([]string{"q", "ctrl+c"}, "q", "退出", "quit"),
		Help:           b([]string{"?"}, "?", "全部按键", "all keys"),
		NextTab:        b([]string{"tab"}, "tab", "下一阶段页签", "next tab"),
		PrevTab:        b([]string{"shift+tab"}, "shift+tab", "上一阶段页签", "previous tab"),
		TabN:           b([]string{"1", "2", "3", "4", "5", "6", "7"}, "1…7", "切换页签", "pick tab"),
		Sort:           b([]string{"s"}, "s", "排序：期限/收文/标题", "sort: due/received/title"),
		Mark:           b([]string{"space"}, "space", "标记（批量操作）", "mark (bulk)"),
		ClearMarks:     b([]string{"X"}, "X", "清除全部标记", "clear marks"),
		Advance:        b([]string{"a"}, "a", "推进到下一阶段", "advance stage"),
		Comment:        b([]string{"c"}, "c", "批注", "comment"),
		Decide:         b([]string{"D"}, "D", "作出决定", "decide"),
		Undo:           b([]string{"u"}, "u", "撤销", "undo"),
		Redo:           b([]string{"ctrl+r"}, "ctrl+r", "重做", "redo"),
		Import:         b([]string{"i"}, "i", "导入文件", "import files"),
		NextFinding:    b([]string{"n"}, "n", "下一条发现", "next finding"),
		PrevFinding:    b([]string{"N"}, "N", "上一条发现", "previous finding"),
		Confirm:        b([]string{"y"}, "y", "确认发现", "confirm finding"),
		Dismiss:        b([]string{"x"}, "x", "排除发现（需理由）", "dismiss (with reason)"),
		AnswerRest:     b([]string{"."}, ".", "同一规则的其余发现同样处理", "same for rest of rule"),
		Focus:          b([]string{"tab"}, "tab", "切换正文/清单", "text/checklist focus"),
		Cycle:          b([]string{"space", "enter"}, "space", "清单标记：未查→符合→不符合→不适用", "cycle mark"),
		MarkItem:       b([]string{"1", "2", "3", "0"}, "1/2/3/0", "清单直接标为 符合/不符合/不适用/未查", "mark conforms/nonconforming/n.a./unchecked"),
		MarkRest:       b([]string{"Y"}, "Y", "其余未查项标为符合（先确认）", "mark the remaining unchecked items conforming"),
		Note:           b([]string{"e"}, "e", "编辑清单备注/例外", "edit note/exception"),
		Meta:           b([]string{"m"}, "m", "文件信息与材料", "metadata & materials"),
		NextDoc:        b([]string{"]"}, "]", "保存并下一件", "save & next"),
		PrevDoc:        b([]string{"["}, "[", "上一件", "previous document"),
		Timeline:       b([]string{"t"}, "t", "操作记录", "timeline"),
		Diff:           b([]string{"v"}, "v", "版本比较", "compare versions"),
		NewVersion:     b([]string{"I"}, "I", "导入新版本（重新报送）", "import a new version (resubmission)"),
		Return:         b([]string{"R"}, "R", "退回起草单位（补正/修改）", "return to drafter"),
		Kinds:          b([]string{"v"}, "v", "送审稿/备案件/全部", "drafts/filed/both"),
		Stats:          b([]string{"S"}, "S", "年度统计", "statistics"),
		PrevYear:       b([]string{"[", "left"}, "[/←", "上一年度", "previous year"),
		NextYear:       b([]string{"]", "right"}, "]/→", "下一年度", "next year"),
		Expiring:       b([]string{"E"}, "E", "即将到期", "expiring soon"),
		ExportLog:      b([]string{"L"}, "L", "导出审查日志", "export the log"),
		ExportOpinion:  b([]string{"o"}, "o", "导出文书", "export a paper"),
		Filing:         b([]string{"f"}, "f", "记录报送备案", "record a filing"),
		CleanupOutcome: b([]string{"C"}, "C", "作出清理结论", "cleanup outcome"),
		Campaigns:      b([]string{"K"}, "K", "清理批次", "cleanup campaigns"),
		NewCampaign:    b([]string{"n"}, "n", "新建清理批次", "new campaign"),
		SelectDocs:     b([]string{"F"}, "F", "按条件纳入文件", "add documents by filter"),
		Propose:        b([]string{"p"}, "p", "纳入引用已废止法律的文件", "add those citing repealed laws"),
		ExportLists:    b([]string{"o"}, "o", "导出清理目录", "export the lists"),
		CloseCampaign:  b([]string{"X"}, "X", "结束清理批次", "close the campaign"),
		Messages:       b([]string{"M"}, "M", "消息记录（状态行的全部消息）", "message log"),
		Basis:          b([]string{"b"}, "b", "依据条文（文件页）", "basis text (document)"),
		Laws:           b([]string{"B"}, "B", "法规库", "law library"),
		NextChapter:    b([]string{"]"}, "]", "下一章", "next chapter"),
		PrevChapter:    b([]string{"["}, "[", "上一章", "previous chapter"),
		Assign:         b([]string{"A"}, "A", "分配给审查人员", "assign to a reviewer"),
		Mine:           b([]string{"w"}, "w", "我的/未分配/全部", "mine/unassigned/all"),
		Submit:         b([]string{"enter"}, "enter", "确定", "submit"),
		Yes:            b([]string{"y", "Y"}, "y", "是", "yes"),
		No:             b([]string{"n", "N"}, "n", "否", "no"),
		Save:           b([]string{"ctrl+s", "S"}, "S", "保存表单", "save the form"),
		ForceQuit:      b([]string{"ctrl+c"}, "ctrl+c", "立即退出", "quit now"),
		NextField:      b([]string{"tab", "down"}, "tab", "下一项", "next field"),
		PrevField:      b([]string{"shift+tab", "up"}, "shift+tab", "上一项", "previous field"),
		NextChoice:     b([]string{"right", "space", "l"}, "→", "下一个选项", "next choice"),
		PrevChoice:     b([]string{"left", "h"}, "←", "上一个选项", "previous choice"),
		FormDown:       b([]string{"j", "down", "tab"}, "j/"+down, "下一项", "next field"),
		FormUp:         b([]string{"k", "up", "shift+tab"}, "k/"+up, "上一项", "previous field"),
		FormEdit:       b([]string{"enter", "e", "space"}, "enter", "编辑此项", "edit the field"),
		SearchUp:       b([]string{"up", "ctrl+p"}, up, "上一条结果", "previous hit"),
		SearchDown:     b([]string{"down", "ctrl+n"}, down, "下一条结果", "next hit"),
		CloseLayer:     b([]string{"esc", "?", "q"}, "esc", "关闭", "close"),
	}
}

// QueueHelp is the footer of the queue.
func (k KeyMap) QueueHelp() []key.Binding {
	return []key.Binding{k.Open, k.Search, k.NextTab, k.Mark, k.Advance, k.Decide, k.Help, k.Quit, k.Stats, k.Expiring, k.Campaigns, k.ExportLog, k.Sort, k.Undo}
}

// DocHelp is the footer of the document screen.
func (k KeyMap) DocHelp() []key.Binding {
	return []key.Binding{k.NextFinding, k.Confirm, k.Dismiss, k.Focus, k.Comment, k.Advance, k.Decide, k.NextDoc, k.Back, k.Help, k.Filing, k.ExportOpinion}
}

// ChecklistHelp is the footer of the document screen while the checklist
// has the focus: the finding keys act on the text, not here.
func (k KeyMap) ChecklistHelp() []key.Binding {
	return []key.Binding{k.Cycle, k.MarkItem, k.MarkRest, k.Note, k.Focus, k.Advance, k.Decide, k.Down, k.Up, k.NextDoc, k.Back, k.Help}
}

// LawsHelp is the footer of the 法规 screen.
func (k KeyMap) LawsHelp() []key.Binding {
	return []key.Binding{k.Search, k.Open, k.NextChapter, k.PrevChapter, k.Down, k.Up, k.Back, k.Help}
}

// StatsHelp is the footer of the statistics screen.
func (k KeyMap) StatsHelp() []key.Binding {
	return []key.Binding{k.PrevYear, k.NextYear, k.Down, k.Up, k.Back, k.Help}
}

// ExpiringHelp is the footer of the 即将到期 list.
func (k KeyMap) ExpiringHelp() []key.Binding {
	return []key.Binding{k.Open, k.Down, k.Up, k.Back, k.Help}
}

// CampaignsHelp is the footer of the list of cleanup campaigns.
func (k KeyMap) CampaignsHelp() []key.Binding {
	return []key.Binding{k.Open, k.NewCampaign, k.SelectDocs, k.Propose, k.ExportLists, k.CloseCampaign, k.Back, k.Help}
}

// CampaignHelp is the footer of one campaign's documents.
func (k KeyMap) CampaignHelp() []key.Binding {
	return []key.Binding{k.Open, k.CleanupOutcome, k.SelectDocs, k.Propose, k.ExportLists, k.CloseCampaign, k.Back, k.Help}
}

// ShortHelp implements help.KeyMap.
func (k KeyMap) ShortHelp() []key.Binding { return k.QueueHelp() }

// FullHelp implements help.KeyMap: the groups of the help overlay.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Open, k.Back, k.Search, k.Help, k.Quit, k.Messages},
		{k.NextTab, k.PrevTab, k.TabN, k.Kinds, k.Mine, k.Sort, k.Mark, k.ClearMarks, k.Assign, k.Undo, k.Redo, k.Import},
		{k.NextFinding, k.PrevFinding, k.Confirm, k.Dismiss, k.AnswerRest, k.Focus, k.Cycle, k.MarkItem, k.MarkRest, k.Note, k.Meta, k.NextDoc, k.PrevDoc, k.Timeline, k.Diff, k.NewVersion, k.Advance, k.Decide, k.Comment},
		{k.Stats, k.PrevYear, k.NextYear, k.Expiring, k.ExportLog, k.ExportOpinion, k.Filing, k.Return, k.Laws, k.Basis},
		{k.Campaigns, k.NewCampaign, k.SelectDocs, k.Propose, k.CleanupOutcome, k.ExportLists, k.CloseCampaign},
	}
}

// groupTitles names the FullHelp groups.
func (c *Context) groupTitles() []string {
	return []string{c.T("通用", "General"), c.T("队列", "Queue"), c.T("文件", "Document"), c.T("统计、到期、导出与法规", "Statistics, expiry, exports, laws"), c.T("清理（K）", "Cleanup (K)")}
}
