package org.pressstats.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pressstats.support.Api.given;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pressstats.support.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Requests a fuzzer of the contract found answered with a 500: each is the client's fault and gets a 4xx problem. */
@QuarkusTest
class OddInputTest {

    private static final String FIGURES = "city,year,metric,owner,platform,value,qualifier,baseline,note\n";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json").body(not(containsString("Exception")));
    }

    /** As an import is sent: an admin token, and no charset added by RestAssured. */
    private static RequestSpecification importing(String type, byte[] body) {
        return RestAssured.given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(Tokens.admin()).contentType(type).body(body);
    }

    @Test
    void aPageWhoseOffsetNoQueryCanHoldIsA400NamingPage() {
        for (String path : new String[] { "/api/v1/cities", "/api/v1/metrics", "/api/v1/cities/bratsk/reports" }) {
            problem(given().queryParam("page", Integer.MAX_VALUE).get(path).then(), 400).body("errors[0].field", equalTo("page"));
        }
        problem(given().auth().oauth2(Tokens.admin()).queryParam("page", 20_000_000).queryParam("size", 200).get("/api/v1/audit").then(), 400)
                .body("errors[0].field", equalTo("page"));
        given().queryParam("page", 10_000_000).get("/api/v1/cities").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aChangeLogTimeOutsideTheYearsATimestampHoldsIsA400() {
        problem(given().auth().oauth2(Tokens.admin()).queryParam("from", "-1000000000-01-01T00:00:00Z").get("/api/v1/audit").then(), 400)
                .body("errors[0].field", equalTo("from"));
        problem(given().auth().oauth2(Tokens.admin()).queryParam("to", "+1000000000-01-01T00:00:00Z").get("/api/v1/audit").then(), 400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsA415AndAnEmptyAcceptIsNoneSent() {
        problem(importing("garbage", "Братск".getBytes(StandardCharsets.UTF_8)).post("/api/v1/drafts").then(), 415)
                .body("detail", containsString("Content-Type"));
        given().header("Accept", "").get("/api/v1/export").then().statusCode(200).contentType(containsString("text/csv"));
        given().header("Accept", "").get("/api/v1/stats/totals?metric=subscribers&year=2023").then().statusCode(200)
                .contentType(containsString("application/json"));
        problem(given().header("Accept", "garbage").get("/api/v1/stats/totals?metric=subscribers&year=2023").then(), 406);
    }

    @Test
    void aHeadOfAnExportGivesItsSnapshotBack() {
        // more HEADs than the pool has connections: each would keep one, idle in its transaction
        for (int i = 0; i < 40; i++) {
            given().head("/api/v1/export").then().statusCode(200);
            given().head("/api/v1/export/cities").then().statusCode(200);
        }
        given().get("/api/v1/cities/bratsk").then().statusCode(200);
        given().get("/api/v1/export").then().statusCode(200);
    }

    @Test
    void badCellsOfAnImportAreErrorsOfTheirLineNotFailedWrites() {
        problem(importing("text/csv", (FIGURES + "bratsk,2023,press_releases,,,1.5,EXACT,,\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import").then(), 422).body("errors[0].field", equalTo("value"), "errors[0].line", equalTo(2));
        problem(importing("text/csv", (FIGURES + "bratsk,2023,press_releases,,,1530,EXACT,,a\u0000b\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import").then(), 422).body("errors[0].field", equalTo("note"), "errors[0].message", containsString("NUL"));
        problem(importing("text/csv", "slug,name,region,federalDistrict,population,website\nfz,Город,Обл\u0000асть,SIBERIAN,1000,\n"
                .getBytes(StandardCharsets.UTF_8)).post("/api/v1/import/cities").then(), 422).body("errors[0].field", equalTo("region"));
        problem(importing("application/x-ndjson", "null\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then(), 422)
                .body("errors[0].line", equalTo(1));
        given().get("/api/v1/cities/fz").then().statusCode(404);
    }

    @Test
    void aFileThatIsNotWhatItClaimsIsA400() throws Exception {
        problem(importing("text/csv", "x".repeat(100_000).getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then(), 400)
                .body("detail", containsString("64 KiB"));
        problem(importing(XLSX, withoutSharedStrings()).post("/api/v1/import").then(), 400).body("detail", containsString("shared string"));
        // why a file is unreadable is said in words, not with a library's class name
        problem(importing(XLSX, "city,year".getBytes(StandardCharsets.UTF_8)).post("/api/v1/import").then(), 400)
                .body("detail", containsString("ZIP"));
        problem(importing("application/vnd.openxmlformats-officedocument.wordprocessingml.document", withoutSharedStrings())
                .post("/api/v1/drafts").then(), 400).body("detail", containsString("docx"));
    }

    @Test
    void aMultipartBodyOfMorePartsThanTheParserTakesIsA413() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            body.append("--b\r\nContent-Disposition: form-data; name=\"p").append(i).append("\"\r\n\r\nx\r\n");
        }
        body.append("--b--\r\n");
        problem(importing("multipart/form-data; boundary=b", body.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/drafts").then(), 413).body("detail", containsString("parts"));
    }

    @Test
    void aTokenWhoseSubjectCannotBeRecordedWritesNothing() {
        String body = "{\"name\":\"Тында\",\"region\":\"Амурская область\",\"federalDistrict\":\"FAR_EASTERN\"}";
        for (String subject : new String[] { "s".repeat(301), "a\u0000b" }) {
            problem(given().auth().oauth2(Tokens.adminWithSubject(subject)).contentType("application/json").body(body)
                    .put("/api/v1/cities/tynda-sub").then(), 401).body("detail", containsString("sub"));
        }
        given().get("/api/v1/cities/tynda-sub").then().statusCode(404);
    }

    @Test
    void anHttp11RequestWithoutAHostIsA400Problem() throws Exception {
        for (String host : new String[] { "", "Host: a b\r\n" }) {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                socket.getOutputStream().write(("GET /api/v1/federal-districts HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
                assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"), answer);
                assertTrue(answer.contains("Host header"), answer);
            }
        }
    }

    /** A workbook whose cells name shared strings, with the part that holds them taken out. */
    private static byte[] withoutSharedStrings() throws Exception {
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            var row = book.createSheet("figures").createRow(0);
            String[] header = FIGURES.strip().split(",");
            for (int i = 0; i < header.length; i++) {
                row.createCell(i).setCellValue(header[i]);
            }
            book.write(workbook);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook.toByteArray()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                if (!entry.getName().equals("xl/sharedStrings.xml")) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }
}
