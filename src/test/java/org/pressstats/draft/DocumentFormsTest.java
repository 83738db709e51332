package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** The forms of official documents: dot leaders, deep outline numbering, approval blocks and letterheads. */
@QuarkusTest
class DocumentFormsTest {

    private static NarrativeCorpusTest.Key key(String metric, String owner, String platform, long value, String qualifier,
            String baseline) {
        return new NarrativeCorpusTest.Key(metric, owner, platform, value, qualifier, baseline);
    }

    @Test
    void aDotLeaderIsAColumnBreak() {
        DraftResourceTest.drafts("Кызыл\n\nСВЕДЕНИЯ об итогах работы за 2024 год\n\n"
                + "Пресс-релизы и новости на сайте ........................ 2 615\n"
                + "Фоторепортажи ............................................ 248\n"
                + "Ответы на запросы СМИ . . . . . . . . . . . . 204\n\n"
                + "Социальные сети мэрии\n\n"
                + "Telegram ........................................ 19 480 подписчиков\n"
                + "ВКонтакте …………………… 27 300 подписчиков\n",
                key("press_releases", null, null, 2615, "EXACT", null),
                key("photo_reports", null, null, 248, "EXACT", null),
                key("media_requests_answered", null, null, 204, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 19_480, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 27_300, "EXACT", null));
    }

    @Test
    void aDeepOutlineNumberIsNoFigure() {
        Map<String, Object> answer = DraftResourceTest.drafts("Усть-Илимск\n\nИнформационная справка за 2021 год\n\n"
                + "1. Основные показатели\n1.1. Официальный сайт\n"
                + "1.1.1. В течение 2021 года на сайте опубликовано 1 384 новости и 96 фоторепортажей.\n"
                + "1.1.2. Новости сайта просмотрены 402,6 тыс. раз.\n1.2.4. Обеспечено около 90 комментариев мэра для СМИ.\n",
                key("press_releases", null, null, 1384, "EXACT", null),
                key("photo_reports", null, null, 96, "EXACT", null),
                key("website_news_views", null, null, 402_600, "EXACT", null),
                key("leader_comments", null, null, 90, "APPROXIMATE", null));
        assertEquals("LIST_MARKER", DraftResourceTest.reasons(answer).get("4"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = " => ", value = {
            "УТВЕРЖДАЮ\\nЗаместитель главы города,\\nадминистрации города Нижневартовска\\n_______ И.В. Сорокина => nizhnevartovsk",
            "Информационная справка\\nо результатах деятельности отдела\\nАдминистрации города Горно-Алтайска в 2023 году => gorno-altaysk",
            "Утверждаю\\nМэр муниципального образования «Город Биробиджан»\\n«__» января 2025 г. => birobidzhan",
            "АДМИНИСТРАЦИЯ\\nСТАРООСКОЛЬСКОГО ГОРОДСКОГО ОКРУГА\\n\\nул. Ленина, д. 46/17, г. Старый Оскол, 309514 => stary-oskol",
            "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\\nГОРОД ГОРЯЧИЙ КЛЮЧ КРАСНОДАРСКОГО КРАЯ => goryachy-klyuch",
            "Управление информационной политики\\nадминистрации Петропавловск-Камчатского городского округа => petropavlovsk-kamchatsky",
            "ИТОГИ РАБОТЫ ПРЕСС-СЛУЖБЫ ИСПОЛКОМА\\nМУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ ГОРОД НАБЕРЕЖНЫЕ ЧЕЛНЫ ЗА 2022 ГОД => naberezhnye-chelny",
            "ЮЖНО-САХАЛИНСК | итоги 2024 🏔\\nмэрия + мэр => yuzhno-sakhalinsk" })
    void theCityOfAnApprovalBlockALetterheadOrATitle(String opening, String city) {
        Map<String, Object> answer = DraftResourceTest.answer(opening.replace("\\n", "\n")
                + "\n\nВ 2024 году на сайте опубликовано 2 615 пресс-релизов. Подготовлено 248 фоторепортажей.\n");
        assertEquals(city, answer.get("city"));
    }
}
