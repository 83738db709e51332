package org.pressstats.draft;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A report sent as a PDF, a Word 97-2003 .doc or an OpenDocument .odt drafts to the same figures as its text. The files in
 * src/test/resources/report-files were saved by LibreOffice 7.4 from narratives of the corpus, in the ways press
 * services make them: justified pages with a running head, page numbers and first-line indents (irkutsk,
 * khabarovsk.pdf, vladivostok, mirny with a table typed with «|»), ragged pages with no paragraph spacing whose
 * headings are bold and larger (kazan), one paragraph per line with no blank ones (kostroma, khabarovsk.doc), blank
 * paragraphs between blocks (vologda, belgorod), a table (syktyvkar). Tables typed with tabs, whose narrow gaps
 * (a tab that jumps just past a number) are columns all the same (syktyvkar.tabs, kurgan); one paragraph per line
 * with no blank ones, where a plans heading runs into the paragraph above it (belgorod-2022).
 */
@QuarkusTest
class DraftFilesTest {

    private static final Path FILES = Path.of("src/test/resources/report-files");
    private static final Path CORPUS = Path.of("src/test/resources/narratives");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = { "irkutsk-2024.pdf", "khabarovsk-2023.pdf", "vladivostok-2024.pdf", "mirny-2023.pdf",
            "syktyvkar-2022.pdf", "kazan-2025.pdf", "kostroma-2024.doc", "khabarovsk-2023.doc", "vologda-2022.doc", "belgorod-2024.odt",
            "syktyvkar-2022.odt", "syktyvkar-2022.tabs.pdf", "kurgan-2022.pdf", "belgorod-2022.pdf" })
    @SuppressWarnings("unchecked")
    void aFileDraftsToTheFiguresOfItsText(String file) throws IOException {
        String name = file.substring(0, file.indexOf('.'));
        Map<String, Object> expected = JSON.readValue(CORPUS.resolve(name + ".expected.json").toFile(), Map.class);
        String type = file.endsWith(".pdf") ? DraftResource.PDF : file.endsWith(".odt") ? DraftResource.ODT : DraftResource.DOC;
        Map<String, Object> answer = given().contentType(type).body(Files.readAllBytes(FILES.resolve(file)))
                .queryParam("year", expected.get("year")).post("/api/v1/drafts").then().statusCode(200).extract().as(Map.class);

        Set<NarrativeCorpusTest.Key> want = new HashSet<>(((List<Object>) expected.get("figures")).stream()
                .map(NarrativeCorpusTest.Key::of).toList());
        List<NarrativeCorpusTest.Key> got = ((List<Object>) ((Map<String, Object>) answer.get("draft")).get("figures"))
                .stream().map(NarrativeCorpusTest.Key::of).toList();
        assertEquals(want, new HashSet<>(got), file);
        assertEquals(want.size(), got.size(), file + ": a figure twice");
        Map<String, Object> fromText = given().contentType("text/plain; charset=UTF-8")
                .body(Files.readAllBytes(CORPUS.resolve(name + ".txt"))).queryParam("year", expected.get("year"))
                .post("/api/v1/drafts").then().statusCode(200).extract().as(Map.class);
        assertEquals(fromText.get("city"), answer.get("city"), file + ": the city from the first line, not a running head");
        assertEquals(fromText.get("cityFrom"), answer.get("cityFrom"), file);

        String text = (String) answer.get("text");
        for (Map<String, Object> evidence : (List<Map<String, Object>>) answer.get("evidence")) {
            assertEquals(evidence.get("quote"), text.substring((Integer) evidence.get("start"), (Integer) evidence.get("end")),
                    file + ": the offsets index the text the answer carries");
        }
        for (String line : text.split("\n")) {
            assertFalse(line.matches("(- \\d+ -|Страница \\d+|Отчет пресс-службы за год|Информационная политика: отчет пресс-службы)"),
                    file + ": a running head or foot, or a page number, is no line of the report: " + line);
        }
        assertTrue(text.contains("\n\n"), file + ": paragraphs stand apart");
    }

    @ParameterizedTest
    @ValueSource(strings = { "irkutsk-2024.pdf", "kostroma-2024.doc", "belgorod-2024.odt" })
    @SuppressWarnings("unchecked")
    void anUploadIsReadByWhatItIsWhateverItsTypeSays(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(FILES.resolve(file));
        Map<String, Object> upload = given().multiPart("file", file, bytes, "application/octet-stream")
                .post("/api/v1/drafts").then().statusCode(200).extract().as(Map.class);
        Map<String, Object> mislabelled = given().contentType(file.endsWith(".pdf") ? DraftResource.ODT : DraftResource.PDF)
                .body(bytes).post("/api/v1/drafts").then().statusCode(200).extract().as(Map.class);
        assertEquals(upload.get("draft"), mislabelled.get("draft"));
        assertFalse(((List<Object>) ((Map<String, Object>) upload.get("draft")).get("figures")).isEmpty());
    }
}
