package org.pressstats.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressstats.support.ControlledPostgres;
import org.pressstats.support.PackagedApp;
import org.pressstats.support.Tokens;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Export from one service, import into another over an empty database: every city, report, figure and highlight comes
 * back equal field by field (NDJSON); the CSV and XLSX of the same data then change nothing, and alone they give back
 * every figure.
 */
class BulkRoundTripIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "Bearer " + Tokens.admin();

    @Test
    void anExportImportedIntoAnEmptyDatabaseGivesBackTheSameData() throws Exception {
        ControlledPostgres postgres = ControlledPostgres.get();
        try (PackagedApp source = PackagedApp.start("export-source", postgres.createDatabase("export_source"),
                Map.of("PRESS_STATS_SAMPLE_DATA_LOAD", "true"));
                PackagedApp target = PackagedApp.start("import-target", postgres.createDatabase("import_target"));
                PackagedApp figuresOnly = PackagedApp.start("import-figures", postgres.createDatabase("import_figures"))) {
            source.awaitListening();
            addTrickyData(source);
            String cities = text(source, "/api/v1/export/cities", BulkFormat.NDJSON_TYPE);
            String reports = text(source, "/api/v1/export", BulkFormat.NDJSON_TYPE);
            String citiesCsv = text(source, "/api/v1/export/cities", BulkFormat.CSV_TYPE);
            String figuresCsv = text(source, "/api/v1/export", BulkFormat.CSV_TYPE);
            byte[] figuresXlsx = source.sendForBytes(source.request("/api/v1/export").header("Accept", BulkFormat.XLSX_TYPE)).body();

            target.awaitListening();
            ok(post(target, "/api/v1/import/cities", BulkFormat.NDJSON_TYPE, cities.getBytes(StandardCharsets.UTF_8)));
            ok(post(target, "/api/v1/import", BulkFormat.NDJSON_TYPE, reports.getBytes(StandardCharsets.UTF_8)));
            assertEquals(withoutStamps(cities), withoutStamps(text(target, "/api/v1/export/cities", BulkFormat.NDJSON_TYPE)));
            assertEquals(withoutStamps(reports), withoutStamps(text(target, "/api/v1/export", BulkFormat.NDJSON_TYPE)));
            HttpResponse<String> csvAgain = post(target, "/api/v1/import", BulkFormat.CSV_TYPE, figuresCsv.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, csvAgain.statusCode(), csvAgain.body());
            assertEquals(0, JSON.readTree(csvAgain.body()).at("/cityYears/replaced").asInt(), "the CSV of the same data changes nothing");
            HttpResponse<String> xlsxAgain = post(target, "/api/v1/import", BulkFormat.XLSX_TYPE, figuresXlsx);
            assertEquals(200, xlsxAgain.statusCode(), xlsxAgain.body());
            assertEquals(3, JSON.readTree(xlsxAgain.body()).at("/cityYears/unchanged").asInt(), "the XLSX of the same data changes nothing");

            figuresOnly.awaitListening();
            ok(post(figuresOnly, "/api/v1/import/cities", BulkFormat.CSV_TYPE, citiesCsv.getBytes(StandardCharsets.UTF_8)));
            ok(post(figuresOnly, "/api/v1/import", BulkFormat.CSV_TYPE, figuresCsv.getBytes(StandardCharsets.UTF_8)));
            assertEquals(figuresCsv, text(figuresOnly, "/api/v1/export", BulkFormat.CSV_TYPE));
            assertEquals(withoutStamps(citiesCsv.lines().toList().toString()), withoutStamps(text(figuresOnly, "/api/v1/export/cities",
                    BulkFormat.CSV_TYPE).lines().toList().toString()));
        }
    }

    /** A city with every field and a report with what a CSV must quote: commas, quotes, new lines, «». */
    private static void addTrickyData(PackagedApp app) throws Exception {
        put(app, "/api/v1/cities/tynda", "{\"name\":\"Тында\",\"region\":\"Амурская область\",\"federalDistrict\":\"FAR_EASTERN\","
                + "\"population\":31000,\"website\":\"https://www.tynda.ru/\"}");
        put(app, "/api/v1/cities/tynda/reports/2022", "{\"summary\":\"Итоги: «год», \\\"кавычки\\\",\\nновая строка.\","
                + "\"plans\":\"Планы.\",\"source\":\"Ответ пресс-службы\",\"figures\":["
                + "{\"metric\":\"press_releases\",\"value\":1530,\"note\":\"на сайте, в «ТГ» и \\\"ВК\\\"\\nвторая строка\"},"
                + "{\"metric\":\"subscribers\",\"owner\":\"MAYOR\",\"platform\":\"TELEGRAM\",\"value\":10000,\"qualifier\":\"AT_LEAST\"},"
                + "{\"metric\":\"subscriber_growth\",\"owner\":\"ADMINISTRATION\",\"value\":8200,\"baseline\":\"2022-01-01\"},"
                + "{\"metric\":\"views\",\"owner\":\"DEPARTMENTS\",\"platform\":\"RUTUBE\",\"value\":12,\"qualifier\":\"APPROXIMATE\",\"note\":\" пробелы \"}],"
                + "\"highlights\":[{\"kind\":\"PUBLICATION\",\"title\":\"Журнал «Тында»\",\"details\":\"Тираж\",\"quantity\":1000,"
                + "\"unit\":\"экземпляров\",\"firstTime\":true},{\"kind\":\"EVENT_COVERED\",\"title\":\"День города\"}]}");
    }

    private static void put(PackagedApp app, String path, String body) throws Exception {
        HttpResponse<String> answer = app.send(app.request(path).header("Authorization", ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(201, answer.statusCode(), answer.body());
    }

    private static void ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
    }

    private static HttpResponse<String> post(PackagedApp app, String path, String type, byte[] body) throws Exception {
        return app.send(app.request(path).header("Authorization", ADMIN).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static String text(PackagedApp app, String path, String type) throws Exception {
        HttpResponse<String> answer = app.send(app.request(path).header("Accept", type));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    /** Each NDJSON document without what a service stamps on its own (times, versions); other text as it is. */
    @SuppressWarnings("unchecked")
    private static List<Object> withoutStamps(String lines) throws Exception {
        List<Object> documents = new ArrayList<>();
        for (String line : lines.lines().toList()) {
            if (!line.startsWith("{")) {
                documents.add(line);
                continue;
            }
            Map<String, Object> document = new LinkedHashMap<>(JSON.readValue(line, Map.class));
            document.remove("createdAt");
            document.remove("updatedAt");
            document.remove("version");
            documents.add(document);
        }
        return documents;
    }
}
