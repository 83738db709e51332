package org.pressstats.draft;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF report as the extractor reads plain text: the lines of a paragraph joined again (a PDF keeps
 * only where each line was drawn), paragraphs apart by a blank line, list items and short lines on lines of their
 * own, a wide gap inside a line (a table's columns) as a tab, page numbers and running heads left out.
 */
final class PdfText extends PDFTextStripper {

    /** The PDF's text is longer than a draft reads; the message says where reading stopped. */
    static final class TooLong extends Exception {
        private static final long serialVersionUID = 1L;

        TooLong(String message) {
            super(message, null, false, false);
        }
    }

    /** What a PDF's pages, fonts and forms may unpack to (and PDFBox hold in memory): a report is far less. */
    private static final long MAX_UNPACKED = 64L * 1024 * 1024;

    private final int maxCharacters;
    private final List<PdfLines.PdfLine> page = new ArrayList<>();
    private final List<PdfLines.PdfPage> pages = new ArrayList<>();
    private StringBuilder line;
    private final List<float[]> gaps = new ArrayList<>(); // where the line has a gap without a space glyph, and how wide in spaces
    private float left;
    private float right;
    private float top;
    private float size;
    private int glyphs;
    private int bold;
    private PDFont lastFont;
    private boolean lastBold;
    private int characters;

    private PdfText(int maxCharacters) {
        this.maxCharacters = maxCharacters;
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    static boolean looksLikePdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, 1024); // the header may follow some bytes of junk
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /** The text of the file; stops reading pages once it holds more than {@code maxCharacters}. */
    static String read(byte[] bytes, int maxCharacters) throws UnreadableFile, TooLong {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_UNPACKED).streamCache)) {
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableFile("this PDF cannot be read: it has no pages");
            }
            if (!PdfSize.within(document, MAX_UNPACKED)) {
                throw new UnreadableFile("this PDF unpacks to more than " + MAX_UNPACKED / 1024 / 1024 + " MiB of pages, fonts and "
                        + "forms (a PDF bomb?); a report's text is far less");
            }
            PdfText stripper = new PdfText(maxCharacters);
            try {
                stripper.getText(document);
            } catch (Enough e) {
                throw new TooLong("the PDF's first " + stripper.pages.size() + " of " + document.getNumberOfPages()
                        + " pages already hold " + stripper.characters + " characters; a draft reads at most " + maxCharacters);
            }
            String text = PdfLines.join(stripper.pages);
            if (text.isBlank()) {
                throw new UnreadableFile("this PDF has no text to read, only images (a scan?): send the report's text, "
                        + "a .docx or a PDF saved from a text editor");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableFile("this PDF is password-protected: send it without a password to open it");
        } catch (IOException e) {
            throw new UnreadableFile("this PDF cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new UnreadableFile("this PDF cannot be read: its structure is damaged");
        }
    }

    @Override
    protected void startPage(PDPage p) {
        page.clear();
        line = null;
    }

    @Override
    protected void endPage(PDPage p) {
        closeLine();
        boolean turned = p.getRotation() % 180 != 0; // the lines' x runs along the page's height
        pages.add(new PdfLines.PdfPage(List.copyOf(page), turned ? p.getCropBox().getHeight() : p.getCropBox().getWidth()));
        if (characters > maxCharacters) {
            throw new Enough();
        }
    }

    /** Thrown to stop reading pages. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty() || text.isBlank()) {
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        if (line == null) {
            line = new StringBuilder();
            gaps.clear();
            left = first.getXDirAdj();
            top = first.getYDirAdj();
            size = first.getFontSizeInPt();
            glyphs = 0;
            bold = 0;
        } else if (!text.startsWith(" ") && line.charAt(line.length() - 1) != ' ') {
            // a gap the PDF draws without a space glyph: a word's or a column's, told apart when the line is closed
            gaps.add(new float[] { line.length(), (first.getXDirAdj() - right)
                    / Math.max(first.getWidthOfSpace(), 0.2f * first.getFontSizeInPt()) });
            line.append(' ');
        }
        line.append(text);
        right = last.getXDirAdj() + last.getWidthDirAdj();
        size = Math.max(size, first.getFontSizeInPt());
        for (TextPosition glyph : positions) {
            glyphs++;
            bold += isBold(glyph.getFont()) ? 1 : 0;
        }
    }

    /** Whether a font's name says bold; asked once per font, not once per glyph. */
    private boolean isBold(PDFont font) {
        if (font != lastFont) {
            lastFont = font;
            String name = font == null ? null : font.getName();
            lastBold = name != null && name.toLowerCase(Locale.ROOT).contains("bold");
        }
        return lastBold;
    }

    /**
     * A gap wider than a space and a half is a column's (a tab); where a line draws its spaces as gaps (three or
     * more of a space's width and most of its gaps), justified prose stretches them, so only a gap of three is.
     */
    private void markColumns() {
        long words = gaps.stream().filter(g -> g[1] < 1.5f).count();
        float column = words >= 3 && 2 * words >= gaps.size() ? 3f : 1.5f;
        for (float[] gap : gaps) {
            if (gap[1] > column) {
                line.setCharAt((int) gap[0], '\t');
            }
        }
    }

    @Override
    protected void writeWordSeparator() {
        // writeString decides between a space and a column's tab from the gap
    }

    @Override
    protected void writeLineSeparator() {
        closeLine();
    }

    private void closeLine() {
        if (line != null) {
            markColumns();
            String text = line.toString().strip();
            if (!text.isEmpty()) {
                page.add(new PdfLines.PdfLine(text, left, right, top, size, bold >= 0.8 * glyphs));
                characters += text.length();
            }
            line = null;
        }
    }
}
