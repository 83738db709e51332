package org.pressstats.draft;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.pressstats.support.TestData;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** POST /api/v1/drafts: the seeds come out as the sample data encodes them, and go back in through PUT. */
@QuarkusTest
class DraftResourceTest {

    static final String DOCX = DraftResource.DOCX;
    private static final ObjectMapper JSON = new ObjectMapper();

    static String seed(String name) {
        return resource("sample-data/narratives/" + name + ".txt");
    }

    static String resource(String path) {
        try (InputStream in = DraftResourceTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        }
    }

    static ValidatableResponse draft(String text, Object... query) {
        var request = given().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam((String) query[i], query[i + 1]);
        }
        return request.post("/api/v1/drafts").then();
    }

    /** The answer to a draft of the text, which must be a 200. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> answer(String text) {
        return draft(text).statusCode(200).extract().as(Map.class);
    }

    /** A figure as the corpus compares them. */
    static NarrativeCorpusTest.Key key(String metric, String owner, String platform, long value, String qualifier,
            String baseline) {
        return new NarrativeCorpusTest.Key(metric, owner, platform, value, qualifier, baseline);
    }

    /** Drafts the text; asserts the draft's figures are exactly these, and answers the draft. */
    static Map<String, Object> drafts(String text, NarrativeCorpusTest.Key... figures) {
        Map<String, Object> answer = answer(text);
        assertEquals(Set.of(figures), figures(answer));
        return answer;
    }

    /** The figures of an answer's draft, as {@link #keys}. */
    @SuppressWarnings("unchecked")
    static Set<NarrativeCorpusTest.Key> figures(Map<String, Object> answer) {
        return keys(((Map<String, Object>) answer.get("draft")).get("figures"));
    }

    /** Each unplaced number's reason, by its quote. */
    @SuppressWarnings("unchecked")
    static Map<String, String> reasons(Map<String, Object> answer) {
        Map<String, String> reasons = new java.util.HashMap<>();
        ((List<Map<String, Object>>) answer.get("unplaced")).forEach(u -> reasons.put((String) u.get("quote"), (String) u.get("reason")));
        return reasons;
    }

    @SuppressWarnings("unchecked")
    static Set<NarrativeCorpusTest.Key> keys(Object figures) {
        Set<NarrativeCorpusTest.Key> keys = new HashSet<>();
        ((List<Object>) figures).forEach(f -> keys.add(NarrativeCorpusTest.Key.of(f)));
        assertEquals(((List<Object>) figures).size(), keys.size(), "no figure twice");
        return keys;
    }

    @Test
    @SuppressWarnings("unchecked")
    void bothSeedsRoundTripThroughPutToTheSampleFigures() throws IOException {
        for (String seed : List.of("bratsk-2023", "blagoveshchensk-2023")) {
            Map<String, Object> sample = JSON.readValue(resource("sample-data/reports/" + seed + ".json"), Map.class);
            Set<NarrativeCorpusTest.Key> expected = keys(sample.get("figures"));
            String slug = TestData.createCity("draft", "Город черновика");
            Map<String, Object> answer = draft(seed(seed), "city", slug).statusCode(200).extract().as(Map.class);
            Map<String, Object> draft = (Map<String, Object>) answer.get("draft");
            assertEquals(expected, keys(draft.get("figures")), seed + ": the draft's figures are the sample data's");
            assertEquals(sample.get("summary"), draft.get("summary"), seed + ": the summary is the prose verbatim");
            assertEquals(sample.get("plans"), draft.get("plans"), seed + ": the plans are the prose verbatim");
            TestData.json().body(draft).put("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(201);
            Map<String, Object> stored = TestData.json().get("/api/v1/cities/" + slug + "/reports/2023").then().statusCode(200)
                    .extract().as(Map.class);
            assertEquals(expected, keys(stored.get("figures")), seed + ": draft → PUT → GET gives the sample figures");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void seedHighlightsAreTheSampleOnes() throws IOException {
        for (String seed : List.of("bratsk-2023", "blagoveshchensk-2023")) {
            Map<String, Object> sample = JSON.readValue(resource("sample-data/reports/" + seed + ".json"), Map.class);
            List<Map<String, Object>> drafted = (List<Map<String, Object>>) ((Map<String, Object>) draft(seed(seed)).statusCode(200)
                    .extract().as(Map.class).get("draft")).get("highlights");
            List<String> expected = ((List<Map<String, Object>>) sample.get("highlights")).stream().map(DraftResourceTest::highlight).toList();
            assertEquals(expected, drafted.stream().map(DraftResourceTest::highlight).toList(), seed);
        }
    }

    private static String highlight(Map<String, Object> h) {
        return h.get("kind") + "|" + h.get("title") + "|" + h.get("quantity") + "|" + h.get("unit") + "|" + h.get("firstTime");
    }

    @Test
    void cityAndYearComeFromTheFirstLineAndTheHeadings() {
        draft(seed("bratsk-2023")).statusCode(200)
                .body("city", equalTo("bratsk"), "cityName", equalTo("Братск"), "cityExists", equalTo(true),
                        "cityFrom", equalTo("TEXT"), "year", equalTo(2023), "yearFrom", equalTo("TEXT"),
                        "draft.city", equalTo("bratsk"), "draft.year", equalTo(2023), "text", nullValue(),
                        "warnings", hasItem(containsString("taken from the first line «БРАТСК»")),
                        "warnings", hasItem(containsString("year 2023 taken from the heading")));
    }

    @Test
    void anExistingCityIsFoundInTheCaseTheReportNamesItIn() {
        String slug = TestData.createCity("chelny", "Набережные Челны");
        draft("Отчет пресс-службы мэрии Набережных Челнов за 2024 год\n\nОпубликовано 2 100 пресс-релизов.").statusCode(200)
                .body("city", equalTo(slug), "cityName", equalTo("Набережные Челны"), "cityExists", equalTo(true),
                        "cityFrom", equalTo("TEXT"), "year", equalTo(2024));
    }

    @Test
    void aCityNotYetInTheServiceIsAWarningWithTheSlugToCreate() {
        draft("АНГАРСК\n\nИтоги 2022 года\n\nОпубликовано 2 100 пресс-релизов.").statusCode(200)
                .body("city", equalTo("angarsk"), "cityName", equalTo("Ангарск"), "cityExists", equalTo(false),
                        "warnings", hasItem(containsString("PUT /api/v1/cities/angarsk")), "draft.figures[0].value", equalTo(2100));
        draft("Опубликовано 2 100 пресс-релизов в 2022 году.", "city", "tynda-draft").statusCode(200)
                .body("city", equalTo("tynda-draft"), "cityExists", equalTo(false), "cityFrom", equalTo("QUERY"),
                        "warnings", hasItem(containsString("city 'tynda-draft' does not exist yet")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyNumberIsAFigureOrUnplacedAndEveryOffsetIsExact() throws IOException {
        List<String> texts = new java.util.ArrayList<>(List.of(seed("bratsk-2023"), seed("blagoveshchensk-2023")));
        try (var files = Files.list(Path.of("src/test/resources/narratives"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        for (String text : texts) {
            Map<String, Object> answer = draft(text).statusCode(200).extract().as(Map.class);
            boolean[] covered = new boolean[text.length()];
            for (String part : List.of("evidence", "unplaced")) {
                for (Map<String, Object> e : (List<Map<String, Object>>) answer.get(part)) {
                    int start = (Integer) e.get("start");
                    int end = (Integer) e.get("end");
                    assertEquals(e.get("quote"), text.substring(start, end), part + " offsets");
                    java.util.Arrays.fill(covered, start, end, true);
                }
            }
            for (int i = 0; i < text.length(); i++) {
                if (Character.isDigit(text.charAt(i)) && !covered[i]) {
                    fail("the digit at " + i + " («" + text.substring(Math.max(0, i - 20), Math.min(text.length(), i + 20))
                            + "») is neither in a figure's evidence nor unplaced");
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFormsOfTheGenreInTextsOfOurOwn() {
        String text = "г. Магдагачи\n\nИтоги работы пресс-службы за 2023 год\n\n"
                + "За год подготовлено сто сорок пять пресс-релизов и двенадцать фоторепортажей. Проведено от 40 до 50 выездных "
                + "мероприятий. Новости на сайте посмотрели 1,5 млн раз.\n\n"
                + "Telegram-канал главы города преодолел порог в 8 тысяч подписчиков; страница администрации во ВКонтакте — "
                + "около 25 тыс. подписчиков. С начала 2023 года аккаунты главы прибавили +5000 подписчиков. "
                + "Подготовлено 12 конкурсов, на призы направлено 300 тыс. рублей. Телефон: +7 (41656) 3-12-45.\n\n"
                + "Какие задачи стоят в 2024 году\n\nДовести аудиторию до 30 тысяч подписчиков.";
        Map<String, Object> answer = draft(text).statusCode(200).body("city", equalTo("magdagachi"), "year", equalTo(2023))
                .extract().as(Map.class);
        Set<NarrativeCorpusTest.Key> expected = Set.of(
                new NarrativeCorpusTest.Key("press_releases", null, null, 145, "EXACT", null),
                new NarrativeCorpusTest.Key("photo_reports", null, null, 12, "EXACT", null),
                new NarrativeCorpusTest.Key("field_events", null, null, 40, "AT_LEAST", null),
                new NarrativeCorpusTest.Key("website_news_views", null, null, 1_500_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 8000, "AT_LEAST", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 25000, "APPROXIMATE", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "MAYOR", null, 5000, "EXACT", "2023-01-01"));
        Map<String, Object> draft = (Map<String, Object>) answer.get("draft");
        assertEquals(expected, keys(draft.get("figures")));
        String rangeNote = ((List<Map<String, Object>>) draft.get("figures")).stream()
                .filter(f -> f.get("metric").equals("field_events")).findFirst().orElseThrow().get("note").toString();
        assertTrue(rangeNote.contains("от 40 до 50") && rangeNote.contains("нижняя граница"), rangeNote);
        List<Map<String, Object>> unplaced = (List<Map<String, Object>>) answer.get("unplaced");
        Map<String, String> reasons = reasons(answer);
        assertEquals("NOT_A_METRIC", reasons.get("12 конкурсов"));
        assertEquals("MONEY", reasons.get("300 тыс."));
        assertEquals("PLANS", reasons.get("30 тысяч"));
        assertEquals("YEAR", reasons.get("2024"));
        assertTrue(unplaced.stream().anyMatch(u -> "PHONE".equals(u.get("reason"))), "the phone is left out as one");
    }

    @Test
    void aMetricTaughtThroughTheCatalogIsFound() {
        String text = "Итоги 2023 года\n\nСмонтировано 64 видеоролика о жизни города.";
        draft(text).statusCode(200).body("draft.figures.size()", equalTo(0), "unplaced[1].reason", equalTo("NOT_A_METRIC"));
        String code = "video_clips_" + System.nanoTime() % 100000;
        Map<String, Object> metric = new java.util.LinkedHashMap<>(Map.of("nameRu", "Видеоролики", "nameEn", "Video clips",
                "unit", "шт.", "kind", "FLOW"));
        metric.put("keywords", List.of("видеоролик"));
        TestData.json().body(metric).put("/api/v1/metrics/" + code).then().statusCode(201)
                .body("keywords", equalTo(List.of("видеоролик")), "levels", equalTo(List.of()));
        try {
            draft(text).statusCode(200).body("draft.figures[0].metric", equalTo(code), "draft.figures[0].value", equalTo(64));
        } finally {
            TestData.json().delete("/api/v1/metrics/" + code).then().statusCode(204);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWordFileGivesTheSameDraftAsItsText() throws IOException {
        byte[] docx = docx(seed("bratsk-2023"));
        Map<String, Object> fromText = draft(seed("bratsk-2023")).statusCode(200).extract().as(Map.class);
        Map<String, Object> fromWord = given().contentType(DOCX).body(docx).post("/api/v1/drafts").then().statusCode(200)
                .extract().as(Map.class);
        assertEquals(keys(((Map<String, Object>) fromText.get("draft")).get("figures")),
                keys(((Map<String, Object>) fromWord.get("draft")).get("figures")));
        String text = (String) fromWord.get("text");
        for (Map<String, Object> e : (List<Map<String, Object>>) fromWord.get("evidence")) {
            assertEquals(e.get("quote"), text.substring((Integer) e.get("start"), (Integer) e.get("end")), "offsets refer to `text`");
        }
        given().multiPart("file", "bratsk-2023.docx", docx, DOCX).post("/api/v1/drafts").then().statusCode(200)
                .body("city", equalTo("bratsk"), "draft.figures.size()", equalTo(17));
        given().multiPart("file", "bratsk-2023.txt", seed("bratsk-2023").getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/drafts").then().statusCode(200).body("draft.figures.size()", equalTo(17), "text", equalTo(seed("bratsk-2023")));
    }

    /** A .docx of the text: each blank-line block a paragraph, as press services write them. */
    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : text.split("\n\n")) {
                document.createParagraph().createRun().setText(paragraph.strip());
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theContractsExampleIsWhatTheServiceAnswersForTheBratskText() throws IOException {
        Object served = JSON.readValue(draft(seed("bratsk-2023")).statusCode(200).extract().asString(), Object.class);
        Object example = JSON.readValue(resource("sample-data/drafts/bratsk-2023.json"), Object.class);
        if (!served.equals(example)) {
            Path fresh = Path.of("target/draft-bratsk-2023.json");
            Files.writeString(fresh, JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(served) + "\n");
            fail("src/main/resources/sample-data/drafts/bratsk-2023.json is not what the service answers; if the change is "
                    + "intended: cp " + fresh + " src/main/resources/sample-data/drafts/bratsk-2023.json");
        }
    }
}
