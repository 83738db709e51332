package org.pressstats.draft;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Every way a client can get a draft request wrong is a 4xx problem that says what was wrong. */
@QuarkusTest
class DraftBadInputTest {

    private static final String TEXT = "text/plain; charset=UTF-8";

    private static RequestSpecification text(byte[] body) {
        return given().contentType(TEXT).body(body);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String field) {
        response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        return field == null ? response : response.body("errors[0].field", equalTo(field));
    }

    @Test
    void emptyOrBlankTextIsRefused() {
        problem(text(new byte[0]).post("/api/v1/drafts").then(), 400, "body").body("detail", containsString("empty"));
        problem(text(" \n\t ".getBytes(StandardCharsets.UTF_8)).post("/api/v1/drafts").then(), 400, "body");
    }

    @Test
    void textLongerThanADraftReadsIsTooLarge() throws IOException {
        byte[] body = "а".repeat(200_001).getBytes(StandardCharsets.UTF_8);
        problem(text(body).post("/api/v1/drafts").then(), 413, null).body("type", equalTo("/problems/payload-too-large"),
                "detail", containsString("200001 characters"));
        problem(text(new byte[11 * 1024 * 1024]).post("/api/v1/drafts").then(), 413, null);
        problem(given().contentType(DraftResource.PDF).body(longPdf()).post("/api/v1/drafts").then(), 413, null)
                .body("detail", containsString("of 60 pages already hold"));
    }

    /** 60 pages of 70 lines of 54 characters: 226 800 characters. */
    private static byte[] longPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < 60; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.setLeading(10);
                    content.newLineAtOffset(40, 750);
                    for (int line = 0; line < 70; line++) {
                        content.showText(String.format("Page %02d line %02d: press releases, photo reports, posts.", p, line));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void bytesThatAreNotUtf8TextAreRefused() {
        byte[] cp1251 = "Братск".getBytes(java.nio.charset.Charset.forName("windows-1251"));
        problem(text(cp1251).post("/api/v1/drafts").then(), 400, "body").body("detail", containsString("not UTF-8"));
        problem(text(new byte[] { 'a', 0, 'b' }).post("/api/v1/drafts").then(), 400, "body")
                .body("detail", containsString("binary"));
        problem(given().contentType("text/plain; charset=windows-1251").body(cp1251).post("/api/v1/drafts").then(), 415, null)
                .body("detail", containsString("windows-1251"));
    }

    @Test
    void aWordFileThatIsNotOneIsRefused() throws IOException {
        problem(given().contentType(DraftResource.DOCX).body("just text".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/drafts").then(), 400, "body").body("detail", containsString("not a PDF, .docx, .doc or .odt file"));
        byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 };
        problem(given().contentType(DraftResource.DOCX).body(ole2).post("/api/v1/drafts").then(), 400, "body")
                .body("detail", containsString(".doc"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("not a word document".getBytes(StandardCharsets.UTF_8));
        }
        problem(given().contentType(DraftResource.DOCX).body(zip.toByteArray()).post("/api/v1/drafts").then(), 400, "body");
        problem(given().multiPart("file", "report.doc", ole2, "application/msword").post("/api/v1/drafts").then(), 400, "body");
    }

    @Test
    void aPdfOrDocThatCannotBeReadSaysWhy() throws IOException {
        problem(given().contentType(DraftResource.PDF).body(pdf(null, false)).post("/api/v1/drafts").then(), 400, "body")
                .body("detail", containsString("no text to read"));
        problem(given().contentType(DraftResource.PDF).body(pdf("secret", true)).post("/api/v1/drafts").then(), 400, "body")
                .body("detail", containsString("password-protected"));
        byte[] cut = Arrays.copyOf(pdf(null, true), 200);
        problem(given().contentType(DraftResource.PDF).body(cut).post("/api/v1/drafts").then(), 400, "body")
                .body("detail", containsString("cannot be read"));
        problem(given().multiPart("file", "report.pdf", "%PDF-1.7 and nothing else".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/drafts").then(), 400, "body").body("detail", containsString("PDF"));
        problem(text(pdf(null, true)).post("/api/v1/drafts").then(), 400, "body").body("detail", containsString("application/pdf"));
        problem(given().contentType(DraftResource.PDF).body(bomb()).post("/api/v1/drafts").then(), 400, "body")
                .body("detail", containsString("PDF bomb"));
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("Лист1").createRow(0).createCell(0).setCellValue("Пресс-релизы: 5");
            book.write(xls);
        }
        problem(given().contentType(DraftResource.DOC).body(xls.toByteArray()).post("/api/v1/drafts").then(), 400, "body")
                .body("detail", containsString("not a Word document"));
        problem(given().contentType(DraftResource.ODT).body(odt(0)).post("/api/v1/drafts").then(), 400, "body")
                .body("detail", containsString("this .odt cannot be read"));
        problem(given().contentType(DraftResource.ODT).body(odt(70)).post("/api/v1/drafts").then(), 400, "body")
                .body("detail", containsString("zip bomb"));
    }

    /** A one-page PDF: with a line of Latin text or, with {@code text} false, none (a scan has only images). */
    private static byte[] pdf(String password, boolean text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (text) {
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("Press releases: 5");
                    content.endText();
                }
            }
            if (password != null) {
                document.protect(new StandardProtectionPolicy(password, password,
                        new AccessPermission()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The first entry of an ODF package: its type, uncompressed, as a reader looks for it. */
    static void mimetype(ZipOutputStream out) throws IOException {
        byte[] type = DraftResource.ODT.getBytes(StandardCharsets.US_ASCII);
        ZipEntry mimetype = new ZipEntry("mimetype");
        mimetype.setMethod(ZipEntry.STORED);
        mimetype.setSize(type.length);
        CRC32 crc = new CRC32();
        crc.update(type);
        mimetype.setCrc(crc.getValue());
        out.putNextEntry(mimetype);
        out.write(type);
    }

    /** An .odt whose content.xml is cut short after {@code blankMiB} MiB of blanks in a paragraph. */
    private static byte[] odt(int blankMiB) throws IOException {
        ByteArrayOutputStream odt = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(odt)) {
            mimetype(out);
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><text:p>5 пресс-релизов")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < blankMiB; i++) {
                out.write(blanks);
            }
        }
        return odt.toByteArray();
    }

    /** A page of 80 MB of blanks, deflated to well under the body's limit. */
    private static byte[] bomb() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream contents = document.getDocument().createCOSStream();
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] blanks = new byte[1024 * 1024];
                Arrays.fill(blanks, (byte) ' ');
                for (int i = 0; i < 80; i++) {
                    out.write(blanks);
                }
            }
            page.setContents(new PDStream(contents));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void malformedCityOrYearIsNamed() {
        byte[] body = "Опубликовано 5 пресс-релизов.".getBytes(StandardCharsets.UTF_8);
        problem(text(body).queryParam("city", "Братск").post("/api/v1/drafts").then(), 400, "city");
        problem(text(body).queryParam("city", "x").post("/api/v1/drafts").then(), 400, "city");
        problem(text(body).queryParam("year", "2023x").post("/api/v1/drafts").then(), 400, "year");
        problem(text(body).queryParam("year", "1800").post("/api/v1/drafts").then(), 400, "year");
        problem(text(body).queryParam("year", "99999999999").post("/api/v1/drafts").then(), 400, "year");
    }

    @Test
    void otherMediaTypesAndAMissingFileAreRefused() {
        problem(given().contentType("application/json").body("{\"text\":\"x\"}").post("/api/v1/drafts").then(), 415, null)
                .body("detail", containsString("text/plain"));
        problem(given().multiPart("other", "x").post("/api/v1/drafts").then(), 400, "file");
        given().contentType(TEXT).accept("text/csv").body("Опубликовано 5 пресс-релизов.".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/drafts").then().statusCode(406).contentType(startsWith("application/problem+json"));
    }
}
