package org.pressstats.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as spreadsheets and other systems write it (RFC 4180 quoting): UTF-8 with or without a BOM, a header row,
 * comma or semicolon between fields (Excel in a Russian locale writes semicolons). Read as a stream.
 */
final class CsvTable {

    private CsvTable() {
    }

    static void read(InputStream in, Table.Rows rows) throws IOException, Table.BadFile {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, utf8), 1 << 16);
        try {
            reader.mark(1 << 16);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            reader.mark(1 << 16);
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw new Table.BadFile("the file is empty: a CSV import starts with a header row");
            }
            if (header.indexOf('\0') >= 0) {
                throw new Table.BadFile("this is not a CSV file: it holds binary data");
            }
            // the header is read again by the parser, which only works when it fits in what was marked
            if (header.length() > (1 << 16) - 2) {
                throw new Table.BadFile("the header row is longer than 64 KiB: this is not the CSV of an import");
            }
            reader.reset();
            char separator = count(header, ';') > count(header, ',') ? ';' : ',';
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                boolean headerDone = false;
                long nextLine = 1;
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    int line = (int) nextLine;
                    nextLine = parser.getCurrentLineNumber() + 1;
                    if (!headerDone) {
                        headerDone = true;
                        if (!rows.header(cells)) {
                            return;
                        }
                        continue;
                    }
                    rows.row(line, cells);
                }
            }
        } catch (UncheckedIOException e) {
            throw badFile(e.getCause());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw badFile(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new Table.BadFile("this is not a well-formed CSV file: " + e.getMessage());
        }
    }

    private static Table.BadFile badFile(Throwable cause) {
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return new Table.BadFile("this is not UTF-8 text: save the CSV as UTF-8");
        }
        return new Table.BadFile("this is not a well-formed CSV file: " + cause.getMessage());
    }

    private static int count(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            n += line.charAt(i) == c ? 1 : 0;
        }
        return n;
    }
}
