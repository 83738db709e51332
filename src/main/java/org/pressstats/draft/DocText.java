package org.pressstats.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.pressstats.common.OfficeFiles;

/** The text of a Word 97-2003 (.doc) report as the extractor reads plain text, laid out by {@link Paragraphs}. */
final class DocText {

    private DocText() {
    }

    static String read(byte[] bytes) throws UnreadableFile {
        try (POIFSFileSystem ole2 = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (ole2.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new UnreadableFile("this Word file is password-protected: send it without a password to open it");
            }
            if (!ole2.getRoot().hasEntryCaseInsensitive("WordDocument")) {
                throw new UnreadableFile("this is an Office 97-2003 file, but not a Word document (.doc)");
            }
            try (HWPFDocument document = new HWPFDocument(ole2)) {
                return text(document.getRange());
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFile("this Word file is password-protected: send it without a password to open it");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("this .doc cannot be read: " + OfficeFiles.whyUnreadable(e));
        }
    }

    private static String text(Range range) {
        Paragraphs text = new Paragraphs();
        List<String> row = new ArrayList<>();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            String line = clean(paragraph.text());
            if (!paragraph.isInTable()) {
                text.add(line, paragraph.isInList());
            } else if (!paragraph.isTableRowEnd()) {
                row.add(line);
            } else {
                text.addRow(row);
                row.clear();
            }
        }
        return text.text();
    }

    /** A paragraph's text without Word's field codes, cell and paragraph marks; a manual line break stays one. */
    private static String clean(String raw) {
        String text = Range.stripFields(raw).replace('\u000B', '\n');
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '\n' || c == '\t' || c >= 0x20 && c != 0x7F ? c : ' ');
        }
        return out.toString().strip();
    }

}
