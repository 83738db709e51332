package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The press secretary's spoken words: interviews and speeches, numbers in words, comments after a dash. */
@QuarkusTest
class SpokenReportsTest {

    @Test
    void aDashAfterANumberStartsAComment() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("leader_comments", null, null, 40, "AT_LEAST", null)),
                figures("Итоги 2022 года\n\n— Комментариев главы и заместителей для прессы подготовили больше сорока — чаще "
                        + "всего спрашивали про отопление и про ремонт дорог."));
    }

    @Test
    void plusInWordsIsAChangeButNotWhereItOpensTheSentence() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "VK", 1_800, "EXACT", "2022-01-01")),
                figures("Итоги 2022 года\n\n— В группе администрации во «ВКонтакте» с начала года плюс тысяча восемьсот."));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("press_releases", null, null, 912, "EXACT", null),
                new NarrativeCorpusTest.Key("photo_reports", null, null, 140, "EXACT", null)),
                figures("Итоги 2022 года\n\n— На сайте вышло девятьсот двенадцать новостей. Плюс сто сорок фотоотчётов."),
                "«Плюс» that opens a sentence adds a count to the one before, it is no change");
    }

    @Test
    void anAnswerThatOpensWithItsNumberCountsWhatWasAsked() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("live_broadcasts", null, "VK", 7, "EXACT", null)),
                figures("Итоги 2025 года\n\n— Прямые эфиры были?\n— Семь, все во «ВКонтакте». Самый популярный — про "
                        + "отопительный сезон."));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("field_events", null, null, 132, "EXACT", null)),
                figures("Итоги 2021 года\n\nВопрос 4. Количество выездных мероприятий?\nВопрос 5. Количество пресс-подходов?\n"
                        + "Ответ на вопросы 4 и 5: специалисты пресс-службы выезжали на мероприятия 132 раза."),
                "a question's number answers no question");
    }

    @Test
    void aFormsAnswerLabelCountsNoAnswersAndItsWordMayStandForTheAskedMetric() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("press_releases", null, null, 1_245, "EXACT", null),
                new NarrativeCorpusTest.Key("website_news_views", null, null, 410_000, "APPROXIMATE", null)),
                figures("ФОРМА ОТЧЁТА за 2021 год\n\nВопрос 1. Количество пресс-релизов, размещённых на официальном сайте "
                        + "администрации в 2021 году?\nОтвет: 1 245.\n\nВопрос 2. Количество просмотров новостей на официальном "
                        + "сайте за год?\nОтвет: порядка 410 тыс. просмотров (по данным Яндекс.Метрики)."));
    }

    private static Set<NarrativeCorpusTest.Key> figures(String text) {
        return DraftResourceTest.figures(DraftResourceTest.answer(text));
    }
}
