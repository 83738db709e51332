package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.draft.DraftResourceTest.key;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Reports on a year's plan: the fact is the year's figure; the plan, its fulfilment and other years' facts are not. */
@QuarkusTest
class PlanAndFactTest {

    @Test
    void aTableOfPlanAndFactGivesTheFact() {
        Map<String, Object> answer = DraftResourceTest.answer("ОТЧЁТ\nо выполнении плана работы пресс-службы администрации "
                + "города Кудымкара за 2023 год\n\n"
                + "| № | Показатель | Ед. изм. | План | Факт | % исполнения |\n"
                + "|---|---|---|---|---|---|\n"
                + "| 1 | Пресс-релизы на официальном сайте | ед. | 1 200 | 1 347 | 112,3 |\n"
                + "| 2 | Ответы на запросы СМИ | ед. | 250 | более 300 | св. 120 |\n"
                + "| 3 | Подписчики ТГ-канала администрации | чел. | 6 000 | 6 412 | 106,9 |\n\n"
                + "Задачи на 2024 год: довести число подписчиков ТГ-канала до 8 000.");
        assertEquals(Set.of(key("press_releases", null, null, 1_347, "EXACT", null),
                key("media_requests_answered", null, null, 300, "AT_LEAST", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 6_412, "EXACT", null)), DraftResourceTest.figures(answer),
                "a heading on carrying out the year's plan is no heading of next year's tasks");
        assertEquals("PLANS", DraftResourceTest.reasons(answer).get("1 200"));
        assertEquals("PERCENT", DraftResourceTest.reasons(answer).get("120"));
    }

    @Test
    void lastYearsFactAndTheTotalsPartsInAProgrammesTable() {
        Map<String, Object> answer = DraftResourceTest.answer("Сведения о достижении целевых показателей за 2022 год\n\n"
                + "№\tПоказатель\tЕд. изм.\tФакт 2021\tПлан 2022\tФакт 2022\tОткл., %\tПлан 2023\n"
                + "1\tКоличество фотоотчётов\tед.\t96\t100\t104\t+4,0\t110\n"
                + "2\tЧисло подписчиков аккаунтов администрации, всего\tчел.\t14 230\t17 000\t18 905\t+11,2\t21 000\n"
                + "2.1\tв т.ч. ВКонтакте\tчел.\t10 115\t11 500\t12 340\t+7,3\t13 000\n"
                + "2.2\tTelegram\tчел.\t1 095\t2 200\t3 407\t+54,9\t4 600\n"
                + "3\tПрямые эфиры в ВК\tед.\t4\t6\t6\t0,0\t8\n");
        assertEquals(Set.of(key("photo_reports", null, null, 104, "EXACT", null),
                key("subscribers", "ADMINISTRATION", null, 18_905, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 12_340, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 3_407, "EXACT", null),
                key("live_broadcasts", null, "VK", 6, "EXACT", null)), DraftResourceTest.figures(answer),
                "«Факт 2021» heads last year's column; the platforms under an owner's total are that owner's");
        assertEquals("OTHER_YEAR", DraftResourceTest.reasons(answer).get("96"));
    }

    @Test
    void thePlanSaidBesideTheFactInProse() {
        assertEquals(Set.of(key("press_releases", null, null, 1_245, "EXACT", null),
                key("photo_reports", null, null, 87, "EXACT", null),
                key("press_events", null, null, 9, "EXACT", null),
                key("website_news_views", null, null, 164_000, "EXACT", null)),
                DraftResourceTest.figures(DraftResourceTest.answer("Итоги 2021 года\n\n"
                        + "1.1. Количество пресс-релизов: план — 1 000, факт — 1 245 (124,5 %).\n"
                        + "Подготовлено 87 фоторепортажей при плане 80. Вместо запланированных 12 проведено 9 пресс-конференций. "
                        + "Посещаемость раздела «Новости» составила 164 тыс. просмотров (плановое значение – 150 тыс.).")));
    }
}
