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
    private final List<DrawnLine> page = new ArrayList<>();
    private final List<PdfLines.PdfPage> pages = new ArrayList<>();
    private DrawnLine line;
    private int spaceGlyphs; // on the page
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

    /** A line as drawn, before its gaps are told apart. */
    private static final class DrawnLine {
        final StringBuilder text = new StringBuilder();
        final List<float[]> gaps = new ArrayList<>(); // where the line has a gap without a space glyph, and how wide in spaces
        final float left;
        final float top;
        float right;
        float size;
        int glyphs;
        int bold;

        DrawnLine(TextPosition first) {
            left = first.getXDirAdj();
            top = first.getYDirAdj();
            size = first.getFontSizeInPt();
        }

        long wordGaps() {
            return gaps.stream().filter(g -> g[1] < 1.5f).count();
        }

        /**
         * A gap is a column's (a tab) when it is wider than a space and a half; where a line draws its spaces as
         * gaps (three or more of a space's width and most of its gaps), justified prose stretches them, so only a
         * gap of three is; on a page that draws its spaces as glyphs, any gap of a line that does too is.
         */
        PdfLines.PdfLine close(boolean spacesAreGlyphs) {
            long words = wordGaps();
            boolean spacedByGaps = words >= 3 && 2 * words >= gaps.size();
            float column = spacedByGaps ? 3f : spacesAreGlyphs ? 0f : 1.5f;
            for (float[] gap : gaps) {
                if (gap[1] > column) {
                    text.setCharAt((int) gap[0], '\t');
                }
            }
            return new PdfLines.PdfLine(text.toString().strip(), left, right, top, size, bold >= 0.8 * glyphs);
        }
    }

    @Override
    protected void startPage(PDPage p) {
        page.clear();
        line = null;
        spaceGlyphs = 0;
    }

    @Override
    protected void endPage(PDPage p) {
        closeLine();
        // a producer that draws spaces as glyphs (a word processor) leaves a gap only where a tab or a cell moved the text
        boolean spacesAreGlyphs = spaceGlyphs > 4 * page.stream().mapToLong(DrawnLine::wordGaps).sum();
        List<PdfLines.PdfLine> lines = new ArrayList<>();
        for (DrawnLine drawn : page) {
            PdfLines.PdfLine closed = drawn.close(spacesAreGlyphs);
            if (!closed.text().isEmpty()) {
                lines.add(closed);
                characters += closed.text().length();
            }
        }
        boolean turned = p.getRotation() % 180 != 0; // the lines' x runs along the page's height
        pages.add(new PdfLines.PdfPage(List.copyOf(lines), turned ? p.getCropBox().getHeight() : p.getCropBox().getWidth()));
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
            line = new DrawnLine(first);
        } else if (!text.startsWith(" ") && line.text.charAt(line.text.length() - 1) != ' ') {
            // a gap the PDF draws without a space glyph: a word's or a column's, told apart when the page ends
            line.gaps.add(new float[] { line.text.length(), (first.getXDirAdj() - line.right)
                    / Math.max(first.getWidthOfSpace(), 0.2f * first.getFontSizeInPt()) });
            line.text.append(' ');
        }
        line.text.append(text);
        line.right = last.getXDirAdj() + last.getWidthDirAdj();
        line.size = Math.max(line.size, first.getFontSizeInPt());
        for (TextPosition glyph : positions) {
            line.glyphs++;
            line.bold += isBold(glyph.getFont()) ? 1 : 0;
            spaceGlyphs += " ".equals(glyph.getUnicode()) || "\u00a0".equals(glyph.getUnicode()) ? 1 : 0;
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

    @Override
    protected void writeWordSeparator() {
        // endPage decides between a space and a column's tab from the gap
    }

    @Override
    protected void writeLineSeparator() {
        closeLine();
    }

    private void closeLine() {
        if (line != null) {
            page.add(line);
            line = null;
        }
    }
}
