package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.draft.DraftResourceTest.key;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A news article on the press service's year: quoted speech, the page's byline, tags and links around the report. */
@QuarkusTest
class NewsArticleTest {

    @Test
    void aFigureSaidInQuotedSpeechIsAFigure() {
        assertEquals(Set.of(key("press_releases", null, null, 2_184, "EXACT", null),
                key("media_requests_answered", null, null, 300, "AT_LEAST", null)),
                DraftResourceTest.figures(DraftResourceTest.answer("Пресс-служба администрации Ейска подвела итоги 2022 года\n\n"
                        + "«В 2022 году мы подготовили и опубликовали 2 184 новости. Каждая из них ушла и на сайт, и в соцсети», "
                        + "— отметила Ирина Коваленко.\n\n«Журналисты обращались к нам постоянно: за год мы ответили более чем на "
                        + "300 запросов СМИ», — рассказала она.")),
                "a quote of many words, or one the sentence ends inside, is speech, not a name in quotes");
    }

    @Test
    void aShortQuoteBeforeTheAuthorsWordsIsSpeechToo() {
        assertEquals(Set.of(key("press_releases", null, null, 1_412, "EXACT", null)),
                DraftResourceTest.figures(DraftResourceTest.answer("Пресс-служба города Шарыпово подвела итоги 2025 года\n\n"
                        + "Дата публикации: 19.01.2026 · Просмотров: 1 563\n\n«Мы выпустили 1 412 новостей», — рассказала "
                        + "начальник отдела.")),
                "«…», — рассказала: speech however short; the views on the line of the page's date are the page's");
    }

    @Test
    void aChangesBaselineIsNotOneSaidOfANumberAfterIt() {
        assertEquals(Set.of(key("subscriber_growth", null, null, 5_200, "EXACT", "2025-01-01")),
                DraftResourceTest.figures(DraftResourceTest.answer("Итоги 2025 года\n\nС начала года общая аудитория аккаунтов "
                        + "администрации и главы выросла на 5 200 человек — это примерно на 20 % больше, чем годом ранее.")));
    }

    @Test
    void thePagesBylineTagsAndLinksAreNotTheReport() {
        Map<String, Object> answer = DraftResourceTest.answer("Два человека и 864 новости: как пресс-служба Вилючинска "
                + "отработала 2023 год\n\nЗа год пресс-служба опубликовала 864 новости и ответила на 58 запросов СМИ.\n\n"
                + "Автор: Павел Руденко\nФото: пресс-служба администрации\n\nТеги: пресс-служба; итоги 2023\n\nПросмотров: 742\n\n"
                + "Читайте также:\n→ В Рыбачьем установили 2 новые остановки (просмотров: 519)");
        assertEquals(Set.of(key("press_releases", null, null, 864, "EXACT", null),
                key("media_requests_answered", null, null, 58, "EXACT", null)), DraftResourceTest.figures(answer));
        assertEquals("HEADING", DraftResourceTest.reasons(answer).get("742"));
    }

    @Test
    void peopleWhoReadAnAccountAreItsAudienceAfterACountOfPosts() {
        assertEquals(Set.of(key("posts", "ADMINISTRATION", "TELEGRAM", 1_120, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 6_980, "EXACT", null)),
                DraftResourceTest.figures(DraftResourceTest.answer("Итоги 2023 года\n\nВ Telegram-канале администрации за год "
                        + "вышло 1 120 постов. Группу администрации во «ВКонтакте» читают 6 980 человек.")));
    }

    @Test
    void aWebPagesOwnCounterUnderItsDateIsNoFigure() {
        Map<String, Object> answer = DraftResourceTest.drafts("Кыштым\n\nГлавная / Администрация / Пресс-служба / Отчёты\n\n"
                + "Итоги информационной работы за 2023 год\n16.01.2024\nПросмотров: 1 284\n\nВ 2023 году подготовлено 1 416 пресс-релизов.\n",
                key("press_releases", null, null, 1_416, "EXACT", null));
        assertEquals("HEADING", DraftResourceTest.reasons(answer).get("1 284"));
    }
}
