package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Forms of the reports of district centres: a справка's numbered captions over tables, the district newspaper, institutions. */
@QuarkusTest
class DistrictReportsTest {

    @Test
    void aNumberedCaptionWithADateHeadsTheTableUnderIt() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 24_610, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 4_120, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 9_870, "EXACT", null)),
                figures("Итоги 2023 года\n\n6. Аудитория официальных аккаунтов на 31.12.2023, подписчиков:\n\n"
                        + "| Аккаунт | ВКонтакте | Telegram |\n|---|---|---|\n| Администрация района | 24 610 | 4 120 |\n"
                        + "| Глава Администрации района | 9 870 | — |\n"));
    }

    @Test
    void aLongCaptionOverATableOfSeveralYearsHeadsItAcrossTheBlankLine() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 8_015, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 745, "EXACT", null)),
                figures("Итоги 2022 года\n\nПоказатели официальных аккаунтов Администрации МО «Кяхтинский район» (на конец года):\n\n"
                        + "Показатель\t2020\t2021\t2022\nВКонтакте, подписчиков\t5 230\t6 480\t8 015\n"
                        + "Telegram, подписчиков\t—\t—\t745\n"));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", null, 41, "EXACT", null)),
                figures("Итоги 2025 года\n\nГлавное за год — запуск канала администрации в MAX и новая система работы с "
                        + "госпабликами. Коротко по цифрам:\n\nСоздан 41 новый госпаблик подразделений и учреждений.\n"),
                "a line of prose before its colon heads no section");
    }

    @Test
    void theNewspapersAccountsAreSomeoneElses() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "OTHER", "OK", 2_300, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "OTHER", "TELEGRAM", 900, "AT_LEAST", null)),
                figures("Итоги 2024 года\n\nГазета «Мариинский вестник» выходит еженедельно тиражом 2 800 экз. Группа газеты "
                        + "в Одноклассниках — 2 300 подписчиков. Telegram-канал редакции газеты насчитывает более 900 подписчиков."));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("press_events", null, null, 140, "APPROXIMATE", null)),
                figures("Итоги 2023 года\n\nМы отказались от пресс-конференций, которые собирали две-три газеты, и перешли к коротким "
                        + "пресс-подходам на объектах. Всего в течение года организовано около 140 пресс-подходов, интервью и брифингов."),
                "newspapers counted are no owner of accounts");
    }

    @Test
    void newPagesAreTheDepartmentsWhereTheTextNamesNobody() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", null, 37, "EXACT", null)),
                figures("Итоги 2022 года\n\nШколы, детские сады, дома культуры и библиотеки открыли 37 новых госпабликов."));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", null, 14, "EXACT", null)),
                figures("Итоги 2020 года\n\nПо инициативе отдела в 2020 году созданы 14 официальных страниц школ, детских садов "
                        + "и учреждений культуры в социальных сетях."),
                "the department whose idea it was is no one department's account");
    }

    @Test
    void departmentsCountedAreNoAudienceButEachOpenedOneIsANewPage() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", "MAX", 32, "EXACT", null)),
                figures("Итоги 2025 года\n\nГоспаблики во ВКонтакте ведут 62 подведомственных учреждения. В 2025 году "
                        + "32 учреждения создали официальные каналы в MAX."));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", null, 48, "EXACT", null)),
                figures("Итоги 2023 года\n\nВ 2023 году госпаблики созданы у 48 учреждений образования, культуры и спорта."));
    }

    private static Set<NarrativeCorpusTest.Key> figures(String text) {
        return DraftResourceTest.figures(DraftResourceTest.answer(text));
    }
}
