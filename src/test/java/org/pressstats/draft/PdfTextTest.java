package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Gaps inside a drawn line told apart: a word's space or a table's column (a tab). */
class PdfTextTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 12;
    private static final float SPACE = 0.278f * SIZE;

    /** A piece of a line: its text drawn at x. */
    private record Piece(float x, String text) {
    }

    @Test
    void onAPageThatDrawsItsSpacesAnyGapIsAColumnEvenOneNoWiderThanASpace() throws Exception {
        String text = read(List.of(
                List.of(new Piece(72, "The press service published 1 410 press releases and answered the media.")),
                List.of(new Piece(72, "Indicator"), new Piece(200, "2021"), new Piece(260, "2022")),
                // a tab that jumps just past the number: the gap is narrower than a space
                List.of(new Piece(72, "Press releases"), new Piece(200, "1 410"), new Piece(200 + width("1 410") + 0.9f * SPACE, "1 562")),
                List.of(new Piece(72, "It kept its accounts and its site up to date every day of the year.")),
                List.of(new Piece(72, "Requests from the media were answered within a day, as the rules say."))));
        assertEquals("Press releases\t1 410\t1 562", text.lines().filter(l -> l.startsWith("Press releases")).findFirst().orElseThrow());
    }

    @Test
    void onAPageThatDrawsItsSpacesAsGapsOnlyAWideGapIsAColumn() throws Exception {
        String text = read(List.of(
                words(72, "The press service published 1 410 press releases and answered the media."),
                List.of(new Piece(72, "Indicator"), new Piece(200, "2021"), new Piece(260, "2022")),
                words(72, "Press releases 1 410 1 562"),
                words(72, "Photos 150 171"),
                words(72, "It kept its accounts and its site up to date every day of the year.")));
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        assertEquals("The press service published 1 410 press releases and answered the media.", lines.get(0));
        assertEquals("Indicator\t2021\t2022", lines.get(1));
        assertEquals("Press releases 1 410 1 562", lines.get(2), "a word's gap is a space");
        assertEquals("Photos 150 171", lines.get(3), "a word's gap is a space, in a line of few words too");
    }

    /** A line drawn word by word, a space's width apart, with no space glyph (as TeX draws). */
    private static List<Piece> words(float x, String line) throws IOException {
        List<Piece> pieces = new ArrayList<>();
        for (String word : line.split(" ")) {
            pieces.add(new Piece(x, word));
            x += width(word) + SPACE;
        }
        return pieces;
    }

    private static float width(String text) throws IOException {
        return FONT.getStringWidth(text) / 1000 * SIZE;
    }

    private static String read(List<List<Piece>> lines) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 700;
                for (List<Piece> line : lines) {
                    for (Piece piece : line) {
                        content.beginText();
                        content.setFont(FONT, SIZE);
                        content.newLineAtOffset(piece.x(), y);
                        content.showText(piece.text());
                        content.endText();
                    }
                    y -= 30; // lines apart: each stands alone
                }
            }
            document.save(out);
            return PdfText.read(out.toByteArray(), 100_000);
        }
    }
}
