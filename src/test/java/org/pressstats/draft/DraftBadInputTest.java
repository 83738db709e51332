package org.pressstats.draft;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
    void textLongerThanADraftReadsIsTooLarge() {
        byte[] body = "а".repeat(200_001).getBytes(StandardCharsets.UTF_8);
        problem(text(body).post("/api/v1/drafts").then(), 413, null).body("type", equalTo("/problems/payload-too-large"),
                "detail", containsString("200001 characters"));
        problem(text(new byte[11 * 1024 * 1024]).post("/api/v1/drafts").then(), 413, null);
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
                .post("/api/v1/drafts").then(), 400, "body").body("detail", containsString("not a .docx"));
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
