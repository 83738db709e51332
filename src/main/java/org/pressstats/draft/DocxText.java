package org.pressstats.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.pressstats.common.OfficeFiles;

/** The text of a Word (.docx) report as the extractor reads plain text, laid out by {@link Paragraphs}. */
final class DocxText {

    /** The file is not a readable .docx; the message says why, for the client. */
    static final class NotDocx extends Exception {
        private static final long serialVersionUID = 1L;

        NotDocx(String message) {
            super(message, null, false, false);
        }
    }

    private DocxText() {
    }

    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static boolean looksLikeOle2(byte[] bytes) {
        return bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0;
    }

    static String read(byte[] bytes) throws NotDocx {
        if (looksLikeOle2(bytes)) {
            throw new NotDocx("this is a Word 97-2003 (.doc) or password-protected file; save it as .docx (Word 2007 or later)");
        }
        if (!looksLikeZip(bytes)) {
            throw new NotDocx("this is not a .docx file (a .docx is a ZIP package; these bytes are not one)");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Paragraphs text = new Paragraphs();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.add(paragraph.getText(), paragraph.getNumID() != null);
                } else if (element instanceof XWPFTable table) {
                    table(table, text);
                }
            }
            return text.text();
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new NotDocx("this is a Word 97-2003 (.doc) or password-protected file; save it as .docx");
        } catch (IOException | POIXMLException | IllegalArgumentException | IllegalStateException e) {
            throw new NotDocx("this .docx cannot be read: " + OfficeFiles.whyUnreadable(e));
        }
    }

    /** «Площадка | Мэрия | Мэр», then «Telegram | 41 200 | 63 500» for each row. */
    private static void table(XWPFTable table, Paragraphs text) {
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                String value = cell.getText().strip().replaceAll("\\s+", " ");
                line.append(line.isEmpty() ? "" : " | ").append(value);
            }
            if (!line.toString().replace("|", "").isBlank()) {
                text.addRow(line.toString());
            }
        }
    }
}
