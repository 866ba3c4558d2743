package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Limits on what tdkt agrees to unpack from an .xlsx: a zip bomb disguised
// as a workbook is refused before anything is unpacked.
const (
	MaxUnzipSize = 512 << 20 // all parts together, as the zip declares them
	MaxXMLSize   = 128 << 20 // a worksheet larger than this is read from a temporary file, not memory
	MaxParts     = 10_000    // entries of the zip; a real workbook has a few dozen
)

// Open opens a workbook for reading. Before the workbook library sees it,
// the file is checked for what people send instead of an .xlsx, and each
// gets its own message: an empty file, an Excel 97–2003 .xls, a workbook
// with an opening password, text such as a .csv or an HTML page saved as
// .xls, a damaged or incomplete download, another kind of zip (.docx,
// .ods), and a zip bomb (parts that would unpack to more than
// MaxUnzipSize). Every part is unpacked once to check it: the zip reader
// stops a part at its declared size, so the declared sizes are a safe
// bound, and a damaged part is refused rather than read in part.
func Open(path string) (*excelize.File, error) {
	if err := checkFile(path); err != nil {
		return nil, err
	}
	f, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: MaxUnzipSize, UnzipXMLSizeLimit: MaxXMLSize})
	if err != nil {
		return nil, fmt.Errorf("%s: tệp .xlsx bị hỏng, không đọc được nội dung bảng tính (%s); hãy mở bằng Excel hoặc LibreOffice, lưu lại rồi nhập",
			path, strings.ToValidUTF8(err.Error(), "�"))
	}
	return f, nil
}

// signatures of the containers people mistake for an .xlsx.
var (
	zipSignature      = []byte("PK\x03\x04")
	emptyZipSignature = []byte("PK\x05\x06")
	oleSignature      = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}
	// encryptionInfo is the name of the stream an Office file encrypted
	// with a password keeps in its OLE container, in UTF-16LE.
	encryptionInfo = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")
)

// saveAsXLSX ends the messages about files that are not an .xlsx.
const saveAsXLSX = "hãy mở tệp bằng Excel hoặc LibreOffice, chọn Lưu thành (Save As) kiểu «Sổ làm việc Excel (*.xlsx)» rồi nhập tệp mới"

// checkFile refuses, with a Vietnamese message, a file that is not an
// .xlsx tdkt may unpack.
func checkFile(path string) error {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return fmt.Errorf("%s: không tìm thấy tệp", path)
	case err != nil:
		return fmt.Errorf("%s: không mở được tệp: %w", path, err)
	case fi.IsDir():
		return fmt.Errorf("%s: đây là thư mục, không phải tệp .xlsx", path)
	case fi.Size() == 0:
		return fmt.Errorf("%s: tệp rỗng (0 byte), không phải bảng tính", path)
	}
	file, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%s: không mở được tệp: %w", path, err)
	}
	defer file.Close()
	head := make([]byte, 512)
	n, _ := io.ReadFull(file, head)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, oleSignature):
		if encrypted(file) {
			return fmt.Errorf("%s: bảng tính có mật khẩu mở tệp, tdkt không đọc được tệp đã mã hóa; hãy mở bằng Excel, "+
				"bỏ mật khẩu (Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu), lưu lại rồi nhập", path)
		}
		return fmt.Errorf("%s: đây là tệp Excel 97–2003 (.xls), tdkt chỉ đọc được .xlsx; %s", path, saveAsXLSX)
	case bytes.HasPrefix(head, emptyZipSignature):
		return fmt.Errorf("%s: tệp nén rỗng, không có bảng tính nào", path)
	case !bytes.HasPrefix(head, zipSignature):
		what := "nội dung không phải định dạng .xlsx"
		trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
		switch {
		case bytes.HasPrefix(trimmed, []byte("<")):
			what = "có vẻ là trang HTML hoặc XML, thường do phần mềm khác xuất ra và đặt đuôi .xls/.xlsx"
		case utf8.Valid(head) && !bytes.ContainsRune(head, 0):
			what = "có vẻ là văn bản thuần, ví dụ tệp .csv"
		}
		return fmt.Errorf("%s: không phải tệp Excel .xlsx (%s); %s", path, what, saveAsXLSX)
	}
	zr, err := zip.NewReader(file, fi.Size())
	if err != nil {
		return fmt.Errorf("%s: tệp .xlsx bị hỏng hoặc chưa tải về hết (không giải nén được); hãy lấy lại tệp gốc", path)
	}
	if len(zr.File) > MaxParts {
		return fmt.Errorf("%s: tệp nén có %d phần, quá nhiều so với một bảng tính thật (giới hạn %d); tdkt không mở tệp này", path, len(zr.File), MaxParts)
	}
	var total uint64
	names := map[string]bool{}
	for _, e := range zr.File {
		total += e.UncompressedSize64
		if e.UncompressedSize64 > MaxUnzipSize || total > MaxUnzipSize {
			return fmt.Errorf("%s: giải nén ra quá lớn (hơn %d MB, tệp nặng %s): hoặc danh sách quá lớn để nhập một lần "+
				"(hãy chia thành nhiều tệp, mỗi tệp vài trăm nghìn dòng), hoặc là tệp «bom nén» giả dạng bảng tính; tdkt không mở tệp này",
				path, MaxUnzipSize>>20, sizeText(fi.Size()))
		}
		names[strings.ToLower(strings.ReplaceAll(e.Name, `\`, "/"))] = true
	}
	// Every part unpacks whole and matches its checksum. The workbook
	// library ignores both errors, and would read a damaged download, or a
	// part bigger than it claims, cut short without a word.
	for _, e := range zr.File {
		if err := verifyPart(e); err != nil {
			return fmt.Errorf("%s: tệp .xlsx bị hỏng hoặc chưa tải về hết (phần %s không giải nén đúng); hãy lấy lại tệp gốc",
				path, strings.ToValidUTF8(e.Name, "�"))
		}
	}
	if !names["xl/workbook.xml"] {
		what := ""
		switch {
		case names["word/document.xml"]:
			what = " (có vẻ là văn bản Word .docx)"
		case names["ppt/presentation.xml"]:
			what = " (có vẻ là bài trình chiếu PowerPoint .pptx)"
		case names["content.xml"]:
			what = " (có vẻ là tệp LibreOffice .ods/.odt)"
		}
		return fmt.Errorf("%s: tệp nén này không phải bảng tính Excel .xlsx%s; %s", path, what, saveAsXLSX)
	}
	return nil
}

// verifyPart unpacks one part of the zip, checking its size and checksum.
func verifyPart(e *zip.File) error {
	rc, err := e.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	_, err = io.Copy(io.Discard, rc)
	return err
}

// encrypted reports whether an OLE file holds an encrypted Office package.
func encrypted(file *os.File) bool {
	if _, err := file.Seek(0, io.SeekStart); err != nil {
		return false
	}
	// The directory of a small encrypted file is near its end, of a large
	// one anywhere: read it all, up to the unpack limit.
	b, err := io.ReadAll(io.LimitReader(file, MaxUnzipSize))
	return err == nil && bytes.Contains(b, encryptionInfo)
}

// sizeText writes a file size for a message: "4 KB", "12 MB".
func sizeText(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
	return fmt.Sprintf("%d MB", n>>20)
}
