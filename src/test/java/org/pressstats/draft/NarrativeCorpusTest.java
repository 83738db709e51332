package org.pressstats.draft;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Recall and precision of the draft extractor over narratives written in the genre (src/test/resources/narratives,
 * each with its expected figures) and the two real reports: a figure counts as found only when metric, owner,
 * platform, value, qualifier and baseline all match.
 */
@QuarkusTest
class NarrativeCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/narratives");
    private static final double FLOOR = 0.90;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a figure is, for comparison. */
    record Key(String metric, String owner, String platform, long value, String qualifier, String baseline) {
        @SuppressWarnings("unchecked")
        static Key of(Object figure) {
            Map<String, Object> f = (Map<String, Object>) figure;
            return new Key((String) f.get("metric"), (String) f.get("owner"), (String) f.get("platform"),
                    ((Number) f.get("value")).longValue(), Objects.requireNonNullElse((String) f.get("qualifier"), "EXACT"),
                    (String) f.get("baseline"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void extractorFindsTheFiguresOfTheCorpus() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(CORPUS)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(texts.size() >= 8, "the corpus has at least 8 narratives");
        int expectedTotal = 0;
        int foundTotal = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (Path text : texts) {
            Map<String, Object> expected = JSON.readValue(Path.of(text.toString().replace(".txt", ".expected.json")).toFile(), Map.class);
            Map<String, Object> answer = given().contentType("text/plain; charset=UTF-8")
                    .body(Files.readString(text, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8))
                    .queryParam("year", expected.get("year"))
                    .post("/api/v1/drafts").then().statusCode(200).extract().as(Map.class);
            Set<Key> want = new HashSet<>(((List<Object>) expected.get("figures")).stream().map(Key::of).toList());
            List<Key> got = ((List<Object>) ((Map<String, Object>) answer.get("draft")).get("figures")).stream().map(Key::of).toList();
            long hits = got.stream().filter(want::contains).count();
            expectedTotal += want.size();
            foundTotal += got.size();
            right += (int) hits;
            want.stream().filter(k -> !got.contains(k)).forEach(k -> misses.add(text.getFileName() + " missed " + k));
            got.stream().filter(k -> !want.contains(k)).forEach(k -> misses.add(text.getFileName() + " invented " + k));
        }
        double recall = (double) right / expectedTotal;
        double precision = (double) right / foundTotal;
        System.out.printf("Draft extractor over %d narratives: %d figures expected, %d found, %d right: recall %.1f %%, "
                + "precision %.1f %%%n", texts.size(), expectedTotal, foundTotal, right, 100 * recall, 100 * precision);
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(recall >= FLOOR, String.format("recall %.3f is below %.2f: %s", recall, FLOOR, misses));
        assertTrue(precision >= FLOOR, String.format("precision %.3f is below %.2f: %s", precision, FLOOR, misses));
    }
}
