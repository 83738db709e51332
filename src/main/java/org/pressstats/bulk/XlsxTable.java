package org.pressstats.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.pressstats.common.OfficeFiles;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an .xlsx workbook, read with SAX (never the whole sheet in memory). The upload is first written
 * to a temporary file, since a ZIP package is read from its end. A formula is reported, not evaluated.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static void read(InputStream in, Table.Rows rows, CellErrors errors) throws IOException, Table.BadFile {
        Path file = Files.createTempFile("press-stats-import", ".xlsx");
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new Table.BadFile("the workbook has no sheet");
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new SheetHandler(strings, rows, errors));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (Stop stop) {
            // the header said to read no further
        } catch (SAXException e) {
            throw new Table.BadFile("the workbook's sheet cannot be read: " + e.getMessage());
        } catch (OpenXML4JException | POIXMLException | ParserConfigurationException | IllegalArgumentException e) {
            throw new Table.BadFile("this is not an .xlsx workbook (Excel 2007 or later): " + OfficeFiles.whyUnreadable(e));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Where a cell cannot be read as a value: a formula, an error value. */
    interface CellErrors {
        void cell(int line, int column, String value, String message);
    }

    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Rows of a sheet's XML: <row r><c r t><v>…</v><f>…</f><is><t>…</t></is></c></row>. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final Table.Rows rows;
        private final CellErrors errors;
        private final StringBuilder text = new StringBuilder();
        private final List<String> cells = new ArrayList<>();
        private int row;
        private int column;
        private String type;
        private String value;
        private String formula;
        private boolean collecting;
        private boolean headerDone;

        SheetHandler(ReadOnlySharedStringsTable strings, Table.Rows rows, CellErrors errors) {
            this.strings = strings;
            this.rows = rows;
            this.errors = errors;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r);
                    cells.clear();
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? cells.size() : columnOf(ref);
                    type = attributes.getValue("t");
                    value = null;
                    formula = null;
                }
                case "v", "f", "t" -> {
                    collecting = true;
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        private String sharedString(String index) throws SAXException {
            try {
                return strings.getItemAt(Integer.parseInt(index)).getString();
            } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException e) {
                throw new SAXException("a cell refers to shared string '" + index + "', which the workbook does not have");
            }
        }

        @Override
        public void endElement(String uri, String localName, String name) throws SAXException {
            switch (localName) {
                case "v" -> {
                    value = "s".equals(type) ? sharedString(text.toString().strip()) : text.toString();
                    collecting = false;
                }
                case "t" -> {
                    value = value == null ? text.toString() : value + text;
                    collecting = false;
                }
                case "f" -> {
                    formula = text.toString();
                    collecting = false;
                }
                case "c" -> cell();
                case "row" -> row();
                default -> {
                }
            }
        }

        private void cell() {
            while (cells.size() < column) {
                cells.add("");
            }
            String cell = value == null ? "" : "b".equals(type) ? ("1".equals(value) ? "TRUE" : "FALSE") : value;
            if (formula != null) {
                errors.cell(row, column, "=" + formula, "is a formula; an import takes values only (paste the values)");
                cell = "";
            } else if ("e".equals(type)) {
                errors.cell(row, column, value, "is an error value of the spreadsheet");
                cell = "";
            }
            cells.add(cell);
        }

        private void row() {
            if (!headerDone) {
                headerDone = true;
                if (!rows.header(new ArrayList<>(cells))) {
                    throw new Stop();
                }
                return;
            }
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                rows.row(row, new ArrayList<>(cells));
            }
        }

        /** «C12» → 2. */
        private static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }
}
