package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Forms of the genre that name an account or a change around the number rather than next to it. */
@QuarkusTest
class AccountsAndChangesTest {

    @Test
    void aTownAfterTheMayorsTitleIsNoSurnameThatMakesTheTownsAccountsHis() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 4118, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 8960, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 2630, "EXACT", null)),
                figures("Итоги 2024 года\n\nTelegram-канал «Полярные Зори | Администрация»: подписчиков на 31.12 — 4 118.\n\n"
                        + "Сообщество ВКонтакте «Администрация г. Полярные Зори»: подписчиков на 31.12 — 8 960.\n\n"
                        + "Telegram-канал главы города Полярные Зори: подписчиков на 31.12 — 2 630.\n"));
    }

    @Test
    void aBaselineAfterASemicolonIsTheNextStatementsNotTheGrowthBefore() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscriber_growth", null, null, 17_000, "EXACT", "2024-01-01")),
                figures("Итоги 2024 года\n\nЗа год прирост аудитории по всем площадкам составил 17 тыс. подписчиков; "
                        + "по сравнению с 2022 годом аудитория выросла вдвое.\n"));
    }

    @Test
    void aNumberInBracketsOfItsOwnBelongsToTheAccountBeforeThem() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 22_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 30_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 41_000, "EXACT", null)),
                figures("Итоги 2023 года\n\nВ Телеграме администрацию читают 22 тыс. человек. Глава города ведет собственный "
                        + "Телеграм-канал (30 тыс. подписчиков) и страницу ВКонтакте (41 тыс.)."));
    }

    @Test
    void aListOfAccountsAfterACountOfEventsIsOfAudiences() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("field_events", null, null, 210, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 33_400, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 8_900, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 12_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 10_200, "EXACT", null)),
                figures("Итоги 2025 года\n\n2. Работа со СМИ: обеспечено 210 выездов на мероприятия.\n3. Социальные сети:\n"
                        + "администрация — ВК 33,4 тыс., ТГ 8,9 тыс.;\nглава города — ВК 12 тыс., ТГ 10,2 тыс."));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("live_broadcasts", null, null, 5, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 25_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 14_000, "EXACT", null)),
                figures("Итоги 2025 года\n\nПроведено 5 эфиров.\nСоцсети главы города\n— ВКонтакте — 25 тыс.;\n— Telegram — 14 тыс."),
                "broadcasts are counted per platform, not per account: a list of accounts after them is of audiences");
    }

    @Test
    void aDayAndMonthWithNoYearIsOfTheReportsYear() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", null, 5_600, "EXACT", "2021-01-01")),
                figures("Итоги 2021 года\n\nС 1 января аудитория аккаунтов администрации выросла на 5 600 человек."));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscriber_growth", "MAYOR", "TELEGRAM", 2_300, "EXACT", "2023-03-01")),
                figures("Итоги 2023 года\n\nКанал главы города в Telegram со 1 марта прибавил 2 300 подписчиков."));
    }

    @Test
    void aChangeOverSeveralYearsIsAgainstTheYearBeforeThem() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", null, null, 31_000, "AT_LEAST", null),
                new NarrativeCorpusTest.Key("subscriber_growth", null, null, 9_400, "EXACT", "2021")),
                figures("Итоги 2023 года\n\nСовокупное число подписчиков аккаунтов администрации и главы города — более 31 тыс. "
                        + "человек; прирост за два года — 9 400 подписчиков."));
    }

    @Test
    void respectivelyPairsTheNamesBeforeWithEachGroupOfNumbers() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 18_430, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 9_870, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "OK", 6_120, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "OK", 2_340, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 3_050, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 4_410, "EXACT", null)),
                figures("Итоги 2022 года\n\nЧисло подписчиков официальных страниц Администрации города и главы Администрации во "
                        + "ВКонтакте на конец года составило 18 430 и 9 870 соответственно, в Одноклассниках — 6 120 и 2 340, "
                        + "в Телеграм — 3 050 и 4 410."));
    }

    @Test
    void peopleCountedAfterAnAccountsChangeAreItsAudience() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "VK", 2_640, "EXACT", "2021-06-01"),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 9_870, "EXACT", null)),
                figures("Итоги 2021 года\n\nСообщество администрации во «ВКонтакте» мы перезапустили летом. Результат виден: "
                        + "с 1 июня 2021 года сообщество прибавило 2 640 подписчиков, и к концу года в нём 9 870 человек. "
                        + "Город у нас на 76 тыс. жителей."));
    }

    @Test
    void atTheYearsEndIsATimeNotATotalThatDropsTheOwnerBefore() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 4_480, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 9_120, "EXACT", null)),
                figures("Итоги 2025 года\n\nОстальные площадки администрации тоже растут. В Telegram-канале по итогам года "
                        + "4 480 подписчиков, в группе во «ВКонтакте» — 9 120."));
    }

    @Test
    void theHeadOfTheAdministrationIsThePersonWhoseAccountsTheyAre() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 12_300, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 5_604, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 2_395, "EXACT", null),
                new NarrativeCorpusTest.Key("photo_reports", null, null, 88, "EXACT", null)),
                figures("Итоги 2024 года\n\nНа сайте вышло 88 фотоальбомов.\n\nПодписчики на конец года:\n"
                        + "- администрация: ВКонтакте — 12 300;\n"
                        + "- глава муниципального округа — руководитель администрации: ВКонтакте — 5 604, Telegram — 2 395."));
    }

    @Test
    void moreThanAtTheStartOfTheYearIsAChange() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", null, null, 142_300, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", null, null, 18_000, "EXACT", "2024-01-01")),
                figures("Итоги 2024 года\n\nИтого — 142 300 подписчиков, на 18 тыс. больше, чем на начало года."));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 17_600, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "MAYOR", "TELEGRAM", 4_100, "EXACT", "2024-01-01")),
                figures("Итоги 2024 года\n\nТелеграм-канал главы города читают 17 600 человек; подписчиков за год стало больше "
                        + "на 4 100."));
        assertEquals(Set.of(new NarrativeCorpusTest.Key("views", "ADMINISTRATION", null, 6_000_000, "AT_LEAST", null)),
                figures("Итоги 2024 года\n\nПубликации администрации посмотрели больше 6 млн раз."),
                "«больше» with no «на» is a qualifier, not a change");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "VK", 9_200, "EXACT", "2024-01-01"),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 83_400, "EXACT", null)),
                figures("Итоги 2024 года\n\nСообщество администрации во ВКонтакте за год прибавило 9 200 подписчиков "
                        + "и насчитывает 83 400."),
                "a verb of change before another number is that number's");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "TELEGRAM", 11_000, "EXACT", "2024-01-01"),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 47_000, "EXACT", null)),
                figures("Итоги 2024 года\n\nЗа год телеграм-канал администрации прибавил 11 тыс. подписчиков, а к концу года "
                        + "их стало 47 тыс."),
                "«их» counts again what the number before counted");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 63_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "VK", 7_000, "EXACT", "2024-01-01")),
                figures("Итоги 2024 года\n\nАккаунты администрации: ВКонтакте — 63 тыс. (+7 тыс. за год)."),
                "a change in brackets after a number is that number's, and «тыс.» before the bracket ends no sentence");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 15_800, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "MAYOR", "VK", 2_300, "EXACT", "2024-01-01")),
                figures("Итоги 2024 года\n\nСтраница мэра во «ВКонтакте» собрала 15,8 тыс. подписчиков (плюс 2,3 тыс. за год)."),
                "«плюс» is a «+»");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("website_news_views", null, null, 640_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", null, "VK", 17_500, "EXACT", null)),
                figures("Итоги 2023 года\n\nКоличество просмотров новостей составило 640 тыс. просм. ВК — 17,5 тыс. подп."),
                "«просм.» and «подп.» stand for the words they cut");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("media_requests_answered", null, null, 512, "EXACT", null)),
                figures("Итоги 2025 года\n\nЖурналисты обращались в пресс-центр 512 раз, на все запросы даны ответы."),
                "requests said with the verb");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("website_news_views", null, null, 590_000, "EXACT", null),
                new NarrativeCorpusTest.Key("press_releases", null, null, 1_604, "EXACT", null)),
                figures("Итоги 2025 года\n\nПоказатель | Ед. изм. | Значение\nПресс-релизы на сайте | шт. | 1 604\n"
                        + "Просмотры новостей | тыс. | 590"),
                "a unit column's «тыс.» scales the row's number");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 20_300, "EXACT", null)),
                figures("Итоги 2025 года\n\nПодписчики, тыс. | 2024 | 2025\nВКонтакте (администрация) | 18,2 | 20,3"),
                "…and so does a scale in a header's label, for the columns under it");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 11_200, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "TELEGRAM", 4_500, "EXACT", "2023")),
                figures("Итоги 2024 года\n\nТелеграм-канал администрации на конец года читали 11,2 тыс. человек, что на 4,5 тыс. "
                        + "больше, чем годом ранее."),
                "«чем годом ранее» is the year before, as «по сравнению с прошлым годом» is");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 52_100, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "VK", 6_900, "EXACT", "2024-01-01"),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 18_300, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "MAYOR", "VK", 2_100, "EXACT", "2024-01-01")),
                figures("Итоги 2024 года\n\nАккаунты | Подписчиков на 01.01.2025 | Рост за год\n"
                        + "ВКонтакте (администрация) | 52 100 | +6 900\nВКонтакте (глава города) | 18 300 | +2 100"),
                "a column headed «Рост за год» gives its changes their baseline");
    }

    @Test
    void theDigitsAfterAScaleBelongToIt() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "OK", 6_450, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "ADMINISTRATION", null, 500_000, "AT_LEAST", null)),
                figures("Итоги 2024 года\n\nСообщество администрации в «Одноклассниках» — 6 тыс. 450 человек.\n\n"
                        + "Публикации администрации просмотрены свыше полумиллиона раз."));
    }

    @Test
    void aPhraseRightAfterAnOpenNounNamesTheMetric() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("media_requests_answered", null, null, 640, "EXACT", null),
                new NarrativeCorpusTest.Key("press_events", null, null, 41, "EXACT", null)),
                figures("Итоги 2024 года\n\nПодготовлено 640 ответов на обращения журналистов. "
                        + "Организовано 41 мероприятие с участием прессы (пресс-конференции, брифинги). "
                        + "Проведено 45 мероприятий для жителей города."));
    }

    private static Set<NarrativeCorpusTest.Key> figures(String text) {
        return DraftResourceTest.figures(DraftResourceTest.answer(text));
    }

    @Test
    void aPartOfAHyphenatedWordNamesAMetricOnlyWithItsOwnOtherPart() {
        assertEquals(Set.of(), figures("Итоги 2023 года\n\nПресс-служба обеспечила присутствие СМИ на 160 мероприятиях."),
                "«пресс» of «Пресс-служба» does not make «мероприятиях» a «пресс-мероприятие»");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("press_events", null, null, 41, "EXACT", null)),
                figures("Итоги 2023 года\n\nПресс-служба провела 41 пресс-мероприятие."));
    }

    @Test
    void theQuotedNameOfAnAccountSaysWhoseItIs() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 38_600, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 12_400, "EXACT", null)),
                figures("Итоги 2024 года\n\nГруппа «Администрация г. Шахты» во ВКонтакте — 38,6 тыс. подписчиков, "
                        + "телеграм-канал «Андрей Ковалёв | Глава Шахт» — 12,4 тыс."),
                "an account's name in quotes names its owner, and a «|» in it is no table's");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("posts", null, null, 40, "EXACT", null)),
                figures("Итоги 2024 года\n\nВ рубрике «Мэр на связи» опубликовано 40 постов."),
                "a show's name in quotes names no owner");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 9_300, "EXACT", null)),
                figures("Итоги 2024 года\n\nКанал главы @glava_86 в Telegram читают 9 300 человек."),
                "the digits of a handle are no count");
    }

    @Test
    void aFallIsNoFigureAndThePartsOfTheYearInATableAreNone() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", null, "OK", 6_100, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 8_900, "EXACT", null)),
                figures("Итоги 2025 года\n\nКоличество подписчиков в Одноклассниках снизилось на 400 и составило 6 100. "
                        + "Из Telegram-канала администрации за год отписались 250 человек, сейчас в нём 8 900 подписчиков. "
                        + "Подписчиков во ВКонтакте за год стало меньше на 300."),
                "a fall is left out (a figure is never negative), not drafted as a level or a growth");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("press_releases", null, null, 1_757, "EXACT", null)),
                figures("Итоги 2025 года\n\nПоказатель | I кв. | II кв. | III кв. | IV кв. | Итого\n"
                        + "Новости на сайте | 410 | 455 | 390 | 502 | 1 757"),
                "the quarters' columns hold no count of the year; the total's does");
    }

    @Test
    void twoYearsAcrossASlashGiveTheYearsOfEachPair() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", null, "VK", 5_030, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", null, "TELEGRAM", 1_240, "EXACT", null)),
                figures("Итоги 2024 года\n\nПодписчики (2023 / 2024): ВКонтакте — 4 120 / 5 030; Телеграм — 610 / 1 240."),
                "the years are no figures, and the first of each pair is the year before's");
    }

    @Test
    void oneInstitutionsAccountIsNoFigureOfTheDepartmentsTogether() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", null, 23, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "DEPARTMENTS", null, 61_000, "EXACT", null)),
                figures("Итоги 2024 года\n\nГоспаблики подведомственных учреждений: создано 23 новых сообщества; суммарно у них "
                        + "61 тыс. подписчиков. У МКУ «Центр культуры» во ВКонтакте — 5 400 подписчиков. Управление образования "
                        + "ведёт телеграм-канал на 2 900 человек."),
                "an institution's own audience is a part of the departments', not their VK or Telegram together");
    }

    @Test
    void aGrowthInOneLineOfAListIsNotTheNextLinesLevel() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 28_640, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "VK", 3_410, "EXACT", "2025-01-01"),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 11_020, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "MAYOR", "VK", 2_050, "EXACT", "2025-01-01"),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 6_780, "EXACT", null)),
                figures("Итоги 2025 года\n\nСоциальные сети:\nВКонтакте (администрация): 28 640 подписчиков, прирост за год 3 410;\n"
                        + "ВКонтакте (глава города): 11 020 подписчиков, прирост за год 2 050;\n"
                        + "Telegram (администрация): 6 780 подписчиков;"),
                "«прирост» counts the number of its own line; the subscribers of the next line are a level");
    }

    @Test
    void theHeadReadIsTheMayorsAudience() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 12_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 19_000, "EXACT", null)),
                figures("Итоги 2024 года\n\nГлаву Северодвинска читают: ВКонтакте — 12 тысяч человек. Администрацию: "
                        + "ВКонтакте — 19 тысяч."));
    }

    @Test
    void theViewsOfOneNamedEventAreAPartTheExecutiveCommitteeIsTheAdministration() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 21_000, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "ADMINISTRATION", null, 14_000_000, "EXACT", null)),
                figures("Итоги 2025 года\n\nСоцсети исполкома: ВКонтакте 21 тыс. подписчиков. Суммарно посты исполкома собрали "
                        + "14 млн просмотров. Впервые администрация провела онлайн-марафон «Ковров — город оружейников», "
                        + "который посмотрели 47 тысяч человек."),
                "a marathon's audience is one item's count, not the accounts' views");
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 30_000, "EXACT", null)),
                figures("Итоги 2025 года\n\nГруппа ВКонтакте «Администрация города», которую читают 30 тыс. человек."),
                "a named account's audience stays the account's");
    }

    @Test
    void aLevelBeforeAGrowthOfItsOwnAndTheSpokenNameOfTelegram() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "TELEGRAM", 34_000, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "TELEGRAM", 15_000, "EXACT", "2024-01-01"),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 22_000, "AT_LEAST", null)),
                figures("Итоги 2024 года\n\nТелеграм-канал мэрии сейчас читают 34 тысячи человек, с начала года прирост составил "
                        + "15 тысяч. Личный канал главы города в телеге перевалил за 22 тысячи подписчиков."),
                "«прирост» labels the number after it, not the level before it");
    }

    @Test
    void oneVideosViewsAContestsEntrantsAndNextYearsGoalAreNoFigures() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("views", "MAYOR", null, 3_000_000, "APPROXIMATE", null)),
                figures("Итоги 2025 года\n\nСуммарно посты в аккаунтах главы города набрали почти три миллиона просмотров. "
                        + "Пост про весенний паводок посмотрели 410 тысяч раз. Впервые прошел конкурс городских блогеров: "
                        + "64 участника, лучшие ролики набрали больше 300 тысяч просмотров. На следующий год задача простая: "
                        + "канал в телеге должен вырасти хотя бы до 20 тысяч."));
    }

    @Test
    void aChatOpenedByTheHeadsDecreeIsTheAdministrationsAndItsNumberIsNoCount() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VIBER", 2_870, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "VIBER", 1_140, "EXACT", "2021-01-01")),
                figures("Итоги 2021 года\n\nГлавным достижением года считаем Viber-чат администрации «Ленск — оперативная "
                        + "информация», созданный распоряжением главы № 01-04-245/1 от 05.04.2021: сейчас в нем 2 870 жителей, "
                        + "с начала года к нему присоединились 1 140 человек."),
                "the decree's author is no owner, its number's parts are no counts, and joining is a growth");
    }

    @Test
    void accountsOpenedAreNewPagesAndThePopulationIsNoAudience() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", "MAX", 47, "EXACT", null),
                new NarrativeCorpusTest.Key("live_broadcasts", null, "VK", 12, "EXACT", null)),
                figures("Итоги 2025 года\n\nВ соответствии с распоряжением Исполкома № 312-р подведомственные учреждения за год "
                        + "открыли 47 каналов в MAX. При численности населения района около 280 тыс. человек совокупная "
                        + "аудитория официальных аккаунтов сопоставима с числом жителей. Проведено 12 прямых эфиров во "
                        + "ВКонтакте. Самым популярным стал эфир 14 февраля — 186 тыс. просмотров."));
    }

    @Test
    void aSectionsHeadingOrTheMayorsNameGivesTheOwnerOfTheAccountsBelow() {
        Set<NarrativeCorpusTest.Key> mayors = Set.of(
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 17_480, "EXACT", null),
                new NarrativeCorpusTest.Key("posts", "MAYOR", "TELEGRAM", 1_126, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 38_720, "EXACT", null));
        assertEquals(mayors, figures("Итоги 2024 года\n\nАккаунты Главы округа\n\nТелеграм-канал\nподписчики — 17 480\n"
                + "публикации — 1 126\n\nСообщество администрации во ВКонтакте объединяет 38 720 подписчиков."),
                "a heading's owner holds for the paragraphs under it, across a line that names only the platform");
        assertEquals(mayors, figures("Итоги 2024 года\n\nПресс-служба развивала аккаунты Главы округа Олега Мартыненко.\n\n"
                + "Олег Мартыненко — Телеграм-канал\nподписчики — 17 480\nпубликации — 1 126\n\nСообщество администрации "
                + "во ВКонтакте объединяет 38 720 подписчиков."), "the mayor named by name");
    }

    @Test
    void viewsInBracketsAfterEachItemsPostsTakeThatItemsPlatform() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("posts", "ADMINISTRATION", "VK", 2_640, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "ADMINISTRATION", "VK", 4_900_000, "EXACT", null),
                new NarrativeCorpusTest.Key("posts", "ADMINISTRATION", "OK", 1_870, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "ADMINISTRATION", "OK", 610_000, "APPROXIMATE", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 5_430, "EXACT", null)),
                figures("Итоги 2022 года\n\nПубликации администрации за год: во ВКонтакте — 2 640 постов (4,9 млн просмотров), "
                        + "в Одноклассниках — 1 870 постов (около 610 тыс. просмотров).\n\nОтдельно стоит отметить телеграм-канал "
                        + "мэра: на него подписаны 5 430 человек. Видеообращение мэра посмотрели 14 тыс. человек."),
                "«Отдельно» is no department, and one video's views are no figure");
    }

    @Test
    void anAccountThatGrowsAfterAWordOfEventsGrowsItsAudience() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("field_events", null, null, 126, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 47_300, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", "ADMINISTRATION", "VK", 11_000, "EXACT", "2022-01-01")),
                figures("Итоги 2022 года\n\nМы провели 126 выездных мероприятий, и каждый выезд сопровождался видео, потому что "
                        + "сообщество администрации во ВКонтакте, где сейчас 47 300 подписчиков, за год прибавило 11 тысяч."),
                "«выезд» has no growth metric; the community that grew has");
    }

    @Test
    void theGovernorsChannelSeveralYearsAMonthAndOneBroadcastAreNoFiguresOfTheYear() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("new_public_pages", "DEPARTMENTS", null, 38, "EXACT", null),
                new NarrativeCorpusTest.Key("live_broadcasts", null, "VK", 46, "EXACT", null),
                new NarrativeCorpusTest.Key("posts", "ADMINISTRATION", null, 4_120, "EXACT", null)),
                figures("Итоги 2021 года\n\nРабота с госпабликами ведется с 2019 года: за три года подразделения создали 142 "
                        + "госпаблика. В 2021 году появилось 38 новых госпабликов подразделений. Новости дублируются в "
                        + "телеграм-канале губернатора области, у которого более 60 тыс. подписчиков. Каждую пятницу глава выходит "
                        + "в прямой эфир в сообществе администрации во ВКонтакте: всего за год проведено 46 эфиров; трансляцию "
                        + "концерта 9 Мая посмотрели 48 тыс. человек. В аккаунтах администрации за год вышло 4 120 постов. "
                        + "Только в мае, в дни празднования 80-летия Победы, вышло 520 публикаций. Аккаунт МБУ «Дом культуры» – "
                        + "2 300 подписчиков."));
    }

    @Test
    void subHeadsInOneSentenceATotalOverAllPagesAndAGrowthSaidFarFromItsWord() {
        assertEquals(Set.of(new NarrativeCorpusTest.Key("subscribers", "MAYOR", "VK", 5_230, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "MAYOR", "TELEGRAM", 1_870, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "VK", 7_615, "EXACT", null),
                new NarrativeCorpusTest.Key("subscribers", "ADMINISTRATION", "OK", 3_380, "EXACT", null),
                new NarrativeCorpusTest.Key("subscriber_growth", null, null, 13_200, "EXACT", "2021"),
                new NarrativeCorpusTest.Key("posts", "MAYOR", "TELEGRAM", 912, "EXACT", null),
                new NarrativeCorpusTest.Key("views", "MAYOR", null, 6_300_000, "AT_LEAST", null)),
                figures("Итоги 2025 года\n\nКоличество подписчиков в социальных сетях мэра: ВК – 5 230, ТГ – 1 870, в сетях "
                        + "администрации: ВК – 7 615, ОК – 3 380. Рост совокупной аудитории всех ресурсов администрации и главы по "
                        + "сравнению с 2021 годом составляет 13,2 тысячи подписчиков. В Телеграм-канале главы опубликовано 912 "
                        + "постов, а общее число просмотров публикаций на всех страницах главы в социальных сетях превысило 6,3 млн."));
    }
}
