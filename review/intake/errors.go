package intake

import (
	"errors"

	"beishen/review"
)

// Code classifies why a file could not be read, so callers can react (skip,
// ask for a conversion, stop) and users are told what to do about it.
type Code string

const (
	NotFound         Code = "not_found"
	Empty            Code = "empty"
	NotDocument      Code = "not_document"
	Unsupported      Code = "unsupported"
	Corrupt          Code = "corrupt"
	TooLarge         Code = "too_large"
	Scanned          Code = "scanned"
	NeedsConversion  Code = "needs_conversion"
	Encoding         Code = "encoding"
	Encrypted        Code = "encrypted"
	NotRegular       Code = "not_regular"
	ConversionFailed Code = "conversion_failed"
)

// Error is the one error type this package returns for a file it cannot read.
// Detail is a short technical note (the underlying cause), shown in brackets.
type Error struct {
	Path   string
	Code   Code
	Detail string
}

var codeMessages = map[Code]review.Label{
	NotFound: {
		ZH: "文件或文件夹不存在：请检查路径是否正确",
		EN: "file or folder not found: check the path",
	},
	Empty: {
		ZH: "文件是空的（0 字节或没有文字）：请确认导出或复制是否完整",
		EN: "the file is empty (no bytes or no text): check that it was saved or copied completely",
	},
	NotDocument: {
		ZH: "文件内容不是文档（像是二进制或其他格式的文件）：请确认选对了文件，或检查扩展名是否被改动",
		EN: "the content is not a document (binary or another format): check that this is the right file and that its extension was not changed",
	},
	Unsupported: {
		ZH: "不支持的文件类型：请导入 .txt、.md、.docx、.pdf（.doc/.wps 需先另存为 .docx）",
		EN: "unsupported file type: import .txt, .md, .docx or .pdf (save .doc/.wps as .docx first)",
	},
	Corrupt: {
		ZH: "文件已损坏或不完整：无法解压或解析，请重新获取原件",
		EN: "the file is damaged or incomplete: it cannot be unpacked or parsed; obtain the original again",
	},
	TooLarge: {
		ZH: "文件过大或解压后体积异常（纯文本上限 64 MiB，.docx 正文上限 64 MiB、解压总量上限 256 MiB，其他文件上限 256 MiB）：请拆分文件或检查是否为恶意压缩包",
		EN: "the file is too large or expands abnormally (plain text up to 64 MiB; .docx body up to 64 MiB and 256 MiB unpacked in total; other files up to 256 MiB): split the file or check that it is not a malicious archive",
	},
	Scanned: {
		ZH: "扫描件，无文字层，需先 OCR：请用 OCR 软件识别后另存为 .docx 或带文字层的 PDF 再导入",
		EN: "scanned PDF without a text layer; run OCR first, then import the result as .docx or a PDF with a text layer",
	},
	NeedsConversion: {
		ZH: "旧版 Word/WPS 格式（.doc/.wps）无法直接读取：请用 Word 或 WPS 另存为 .docx 后再导入",
		EN: "old Word/WPS format (.doc/.wps) cannot be read directly: save it as .docx in Word or WPS, then import it",
	},
	ConversionFailed: {
		ZH: "旧版 Word/WPS 格式（.doc/.wps）转换失败：请用 Word 或 WPS 另存为 .docx 后再导入",
		EN: "converting the old Word/WPS file (.doc/.wps) failed: save it as .docx in Word or WPS, then import it",
	},
	Encoding: {
		ZH: "文本编码无法识别（不是 UTF-8、UTF-16 或 GB18030/GBK）：请用记事本或 WPS 另存为 UTF-8 编码后再导入",
		EN: "the text encoding is not recognised (not UTF-8, UTF-16 or GB18030/GBK): save it as UTF-8 (e.g. in Notepad or WPS), then import it",
	},
	NotRegular: {
		ZH: "不是普通文件（管道、设备或套接字）：请导入普通文件",
		EN: "not a regular file (a pipe, device or socket): import a regular file",
	},
	Encrypted: {
		ZH: "文件设有打开密码：请在 Word/WPS/PDF 阅读器中取消密码并另存后再导入",
		EN: "the file is password-protected: remove the password in Word/WPS/your PDF reader, save it, then import it",
	},
}

// Message is the user-facing message in lang: the path, what is wrong and
// what to do, with the technical detail in brackets.
func (e *Error) Message(lang review.Lang) string {
	msg := codeMessages[e.Code].In(lang)
	if msg == "" {
		msg = string(e.Code)
	}
	sep := "："
	open, closeB := "（", "）"
	if lang == review.EN {
		sep, open, closeB = ": ", " (", ")"
	}
	if e.Path != "" {
		msg = e.Path + sep + msg
	}
	if e.Detail != "" {
		msg += open + e.Detail + closeB
	}
	return msg
}

// Error is the Chinese message, path included.
func (e *Error) Error() string { return e.Message(review.ZH) }

// CodeOf returns the Code of an *Error in err's chain, or "" if there is none.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

func fail(path string, code Code, detail string) *Error {
	return &Error{Path: path, Code: code, Detail: detail}
}
