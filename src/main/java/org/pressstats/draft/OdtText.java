package org.pressstats.draft;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.pressstats.common.LimitedInputStream;

/**
 * The text of an OpenDocument text (.odt: LibreOffice, МойОфис, Р7-Офис) report as the extractor reads plain text,
 * laid out by {@link Paragraphs}: its paragraphs and headings, a list's items, a table's rows; notes left out.
 */
final class OdtText {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    /** content.xml unpacks to this at most: a report is far less, a zip bomb far more. */
    private static final long MAX_XML = 64L * 1024 * 1024;

    private OdtText() {
    }

    /** An ODF package declares its type in a first, uncompressed entry named «mimetype». */
    static boolean looksLikeOdt(byte[] bytes) {
        if (!DocxText.looksLikeZip(bytes) || bytes.length < 30) {
            return false;
        }
        int nameLength = (bytes[26] & 0xFF) | (bytes[27] & 0xFF) << 8;
        int data = 30 + nameLength + ((bytes[28] & 0xFF) | (bytes[29] & 0xFF) << 8);
        return nameLength == 8 && bytes.length >= data + MIMETYPE.length()
                && new String(bytes, 30, 8, StandardCharsets.US_ASCII).equals("mimetype")
                && new String(bytes, data, MIMETYPE.length(), StandardCharsets.US_ASCII).equals(MIMETYPE);
    }

    static String read(byte[] bytes) throws UnreadableFile {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    return text(new LimitedInputStream(zip, MAX_XML, TooLarge::new));
                }
            }
            throw new UnreadableFile("this .odt has no content.xml, where its text would be");
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new UnreadableFile("this .odt cannot be read: " + (e instanceof TooLarge
                    ? "its text unpacks to more than " + MAX_XML / 1024 / 1024 + " MiB (a zip bomb?)"
                    : "its parts are missing or damaged"));
        }
    }

    private static String text(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no entities, no external files
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(xml, "UTF-8");
        Paragraphs text = new Paragraphs();
        StringBuilder paragraph = null;
        List<String> row = null;
        int spanned = 0; // covered cells left of the last merged cell of the row
        int lists = 0;
        int depth = 0; // paragraphs within a paragraph (a text box's) belong to the outer one
        int skipped = 0; // inside a note or a deleted change: not the report's text
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String ns = reader.getNamespaceURI();
                String name = reader.getLocalName();
                if (skipped > 0 || TEXT.equals(ns) && (name.equals("note") || name.equals("tracked-changes"))) {
                    skipped++;
                } else if (TABLE.equals(ns) && name.equals("table-row")) {
                    row = new ArrayList<>();
                    spanned = 0;
                } else if (TABLE.equals(ns) && name.equals("table-cell") && row != null) {
                    spanned = spanOf(reader) - 1;
                } else if (TABLE.equals(ns) && name.equals("covered-table-cell") && row != null) {
                    // a merged header heads each column it spans; a cell covered from the row above is empty here
                    row.add(spanned-- > 0 && !row.isEmpty() ? row.get(row.size() - 1) : "");
                } else if (TEXT.equals(ns) && name.equals("list")) {
                    lists++;
                } else if (TEXT.equals(ns) && (name.equals("p") || name.equals("h"))) {
                    depth++;
                    paragraph = paragraph == null ? new StringBuilder() : paragraph.append(' '); // a cell's next one
                } else if (TEXT.equals(ns) && paragraph != null) {
                    switch (name) {
                        case "s" -> paragraph.append(" ".repeat(count(reader)));
                        case "tab" -> paragraph.append('\t');
                        case "line-break" -> paragraph.append('\n');
                        default -> {
                        }
                    }
                }
            } else if (event == XMLStreamReader.CHARACTERS && skipped == 0 && paragraph != null) {
                paragraph.append(reader.getText());
            } else if (event == XMLStreamReader.END_ELEMENT) {
                String ns = reader.getNamespaceURI();
                String name = reader.getLocalName();
                if (skipped > 0) {
                    skipped--;
                } else if (TABLE.equals(ns) && name.equals("table-cell") && row != null) {
                    row.add(paragraph == null ? "" : paragraph.toString());
                    paragraph = null;
                } else if (TABLE.equals(ns) && name.equals("table-row") && row != null) {
                    text.addRow(row);
                    row = null;
                } else if (TEXT.equals(ns) && name.equals("list")) {
                    lists--;
                } else if (TEXT.equals(ns) && (name.equals("p") || name.equals("h")) && --depth == 0 && row == null) {
                    text.add(paragraph.toString(), lists > 0);
                    paragraph = null;
                }
            }
        }
        return text.text();
    }

    /** The columns a merged cell spans. */
    private static int spanOf(XMLStreamReader reader) {
        String n = reader.getAttributeValue(TABLE, "number-columns-spanned");
        try {
            return n == null ? 1 : Math.max(1, Math.min(Integer.parseInt(n), DocxText.MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Spaces that <text:s text:c="n"/> stands for. */
    private static int count(XMLStreamReader reader) {
        String c = reader.getAttributeValue(TEXT, "c");
        try {
            return c == null ? 1 : Math.max(1, Math.min(Integer.parseInt(c), 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** content.xml unpacks to more than {@link #MAX_XML}. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }
}
