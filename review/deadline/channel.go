package deadline

import "beishen/review"

// Channel is a filing channel: a government's normative document is filed
// with the same-level people's congress standing committee and with the
// government one level up, each on its own clock (legal-rules.md §6.1).
type Channel string

const (
	NPC        Channel = "npc"        // 本级人大常委会
	Government Channel = "government" // 上一级人民政府
)

// Channels lists every filing channel in display order.
var Channels = []Channel{NPC, Government}

var channelLabels = map[Channel]review.Label{
	NPC:        {ZH: "本级人大常委会", EN: "Standing committee of the people's congress at the same level"},
	Government: {ZH: "上一级人民政府", EN: "People's government at the next level up"},
}

// LabelFor names the channel for a document of issuer type t: the
// government channel of a department's document is its own level's
// government (本级人民政府), of a government's the one above (§6.1).
func (c Channel) LabelFor(t review.IssuerType) review.Label {
	if c == Government && t == review.IssuerDepartment {
		return review.Label{ZH: "本级人民政府", EN: "People's government at the same level"}
	}
	return c.Label()
}

func (c Channel) Label() review.Label {
	if l, ok := channelLabels[c]; ok {
		return l
	}
	return review.Label{ZH: string(c), EN: string(c)}
}
