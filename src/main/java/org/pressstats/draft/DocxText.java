package org.pressstats.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.pressstats.common.OfficeFiles;

/** The text of a Word (.docx) report as the extractor reads plain text, laid out by {@link Paragraphs}. */
final class DocxText {

    /** Columns a merged cell is read over at most (Word's own limit is 63). */
    static final int MAX_SPAN = 63;

    private DocxText() {
    }

    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static boolean looksLikeOle2(byte[] bytes) {
        return bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0;
    }

    /** The text of a ZIP package that should be a .docx (a .doc, an .odt and a PDF go to their own readers). */
    static String read(byte[] bytes) throws UnreadableFile {
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
        } catch (IOException | POIXMLException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableFile("this .docx cannot be read: " + OfficeFiles.whyUnreadable(e));
        }
    }

    private static void table(XWPFTable table, Paragraphs text) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
                String written = cell.getText();
                for (int i = 0; i < Math.max(1, Math.min(span, MAX_SPAN)); i++) {
                    cells.add(written); // «Глава города» over «подписчики | публикации»: a merged header heads each column
                }
            }
            text.addRow(cells);
        }
    }
}
