package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** An average, a rate per day or one item's count is not the year's count, before or after the count it explains. */
@QuarkusTest
class RateTest {

    @Test
    void anAverageOrARatePerDayIsARatio() {
        String text = "Липецк\n\nЧто наиболее значительное удалось сделать в области информационной политики в 2024 году\n\n"
                + "В среднем одну публикацию в аккаунтах мэрии смотрят 5 тысяч раз. "
                + "Ежедневно в сообществе администрации выходит около 20 постов. "
                + "Всего в аккаунтах мэрии за год вышло 5 200 публикаций (примерно 14 в день), они набрали 27,5 млн просмотров, "
                + "или 5 300 просмотров на публикацию. Прямые эфиры главы проходили 2 раза в месяц, всего 24 эфира во ВКонтакте.";
        Map<String, Object> answer = DraftResourceTest.answer(text);
        assertEquals(Set.of(
                new NarrativeCorpusTest.Key("posts", "ADMINISTRATION", null, 5200, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "ADMINISTRATION", null, 27_500_000, "EXACT", null),
                new NarrativeCorpusTest.Key("live_broadcasts", null, "VK", 24, "EXACT", null)),
                DraftResourceTest.figures(answer));
        Map<String, String> reasons = DraftResourceTest.reasons(answer);
        for (String rate : List.of("5 тысяч", "20", "14", "5 300", "2")) {
            assertEquals("RATIO", reasons.get(rate), rate);
        }
    }

    @Test
    void theMostPopularPostsCountIsAPart() {
        String text = "Итоги 2024 года\n\nВ Телеграм-канале мэра за год вышло 1 420 публикаций, их посмотрели 7,3 млн раз; "
                + "самый популярный пост, про ремонт моста, набрал 210 тыс. просмотров. "
                + "Самая многочисленная площадка — сообщество главы города во ВКонтакте (41 250 подписчиков).";
        Map<String, Object> answer = DraftResourceTest.answer(text);
        assertEquals(Set.of(
                new NarrativeCorpusTest.Key("posts", "MAYOR", "TELEGRAM", 1420, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "MAYOR", "TELEGRAM", 7_300_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 41_250, "EXACT", null)),
                DraftResourceTest.figures(answer));
    }
    @Test
    void timesInWordsAndARateAfterItsNounAreRatios() {
        String text = "Курск\n\nЧто наиболее значительное удалось сделать в области информационной политики в 2024 году\n\n"
                + "Число подписчиков телеграм-канала администрации выросло в два с половиной раза и превысило 85 тысяч. "
                + "Проводилось от 3 до 4 брифингов ежемесячно, всего — 41 пресс-мероприятие. "
                + "С 1 марта по 30 ноября ежедневно выходила сводка о ремонте дорог.";
        Map<String, Object> answer = DraftResourceTest.answer(text);
        assertEquals(Set.of(
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 85_000, "AT_LEAST", null),
                new NarrativeCorpusTest.Key("press_events", null, null, 41, "EXACT", null)),
                DraftResourceTest.figures(answer));
        Map<String, String> reasons = DraftResourceTest.reasons(answer);
        assertEquals("RATIO", reasons.get("два"));
        assertEquals("RATIO", reasons.get("от 3 до 4"));
        assertEquals("DATE", reasons.get("30"));
    }
}
