package org.pressstats.bulk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pressstats.support.TestData.createCity;
import static org.pressstats.support.TestData.figure;
import static org.pressstats.support.TestData.putReport;
import static org.pressstats.support.TestData.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** GET /api/v1/export: the three formats, filters, the data version as ETag, and what an import takes back. */
@QuarkusTest
class ExportTest {

    @Test
    void csvIsTheLongFormatWithTheDataVersionAsItsTag() {
        String slug = createCity("export", "Тында");
        putReport(slug, 2022, report("Итоги.", figure("press_releases", 1530), figure("subscribers", "MAYOR", "VK", 10100, "AT_LEAST")));
        var answer = RestAssured.given().accept("text/csv").queryParam("city", slug).get("/api/v1/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("attachment; filename=\"press-stats-figures-v"))
                .extract();
        assertEquals(ImportTest.HEADER + slug + ",2022,press_releases,,,1530,EXACT,,\n" + slug + ",2022,subscribers,MAYOR,VK,10100,AT_LEAST,,\n",
                answer.asString());
        String etag = answer.header("ETag");
        RestAssured.given().accept("text/csv").queryParam("city", slug).header("If-None-Match", etag).get("/api/v1/export")
                .then().statusCode(304);
        putReport(slug, 2022, report("Итоги.", figure("press_releases", 1531)));
        RestAssured.given().accept("text/csv").queryParam("city", slug).header("If-None-Match", etag).get("/api/v1/export")
                .then().statusCode(200);
        RestAssured.given().accept("text/csv").queryParam("city", slug).queryParam("metric", "nope_metric")
                .get("/api/v1/export").then().statusCode(400).body("errors[0].field", equalTo("metric"));
        RestAssured.given().accept("text/csv").queryParam("city", "Bad Slug'").get("/api/v1/export").then().statusCode(400);
        RestAssured.given().accept("application/json").get("/api/v1/export").then().statusCode(406);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ndjsonIsOneReportDocumentPerLineAndXlsxASheetThatImportsBack() throws IOException {
        String slug = createCity("export-nd", "Зея");
        putReport(slug, 2021, report("Первый.", figure("posts", 10)));
        putReport(slug, 2022, report("Второй.", figure("posts", 20)));
        String ndjson = RestAssured.given().accept("application/x-ndjson").queryParam("city", slug).get("/api/v1/export")
                .then().statusCode(200).extract().asString();
        List<String> lines = ndjson.lines().toList();
        assertEquals(2, lines.size());
        Map<String, Object> first = new ObjectMapper().readValue(lines.get(0), Map.class);
        assertEquals("Первый.", first.get("summary"));
        assertEquals(2021, first.get("year"));
        byte[] xlsx = RestAssured.given().accept(BulkFormat.XLSX_TYPE).queryParam("city", slug).queryParam("year", 2022)
                .get("/api/v1/export").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("city", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(20.0, sheet.getRow(1).getCell(5).getNumericCellValue());
            assertEquals(1, sheet.getLastRowNum());
        }
        ImportTest.post(BulkFormat.XLSX_TYPE, xlsx).statusCode(200).body("cityYears.unchanged", equalTo(1));
        ImportTest.post("application/x-ndjson", ndjson.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("cityYears.unchanged", equalTo(2));
    }

    @Test
    void aFormulaInASheetIsAnError() throws IOException {
        String slug = createCity("formula", "Свободный");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("figures");
            String[] header = { "city", "year", "metric", "value" };
            for (int i = 0; i < header.length; i++) {
                sheet.createRow(0).createCell(i);
            }
            var top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(slug);
            row.createCell(1).setCellValue(2022);
            row.createCell(2).setCellValue("posts");
            row.createCell(3).setCellFormula("2+2");
            workbook.write(out);
            ImportTest.post(BulkFormat.XLSX_TYPE, out.toByteArray()).statusCode(422)
                    .body("errors.find { it.field == 'value' && it.line == 2 }.message", containsString("formula"));
        }
        assertTrue(true);
    }
}
