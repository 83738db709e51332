package org.pressstats.draft;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pressstats.draft.DraftResourceTest.key;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** The forms of official documents: dot leaders, deep outline numbering, approval blocks and letterheads. */
@QuarkusTest
class DocumentFormsTest {

    @Test
    void theMostOfOneItemAndNewsOpenedOnTheSite() {
        Map<String, Object> answer = DraftResourceTest.drafts("Советская Гавань\n\nИтоги 2022 года\n\n"
                + "Новости сайта открывали 118 тысяч раз. В соцсетях администрации вышли 1 262 публикации. "
                + "Больше всего просмотров (41 тыс.) собрал клип о заходе в порт парусника «Паллада».\n",
                key("website_news_views", null, null, 118_000, "EXACT", null),
                key("posts", "ADMINISTRATION", null, 1262, "EXACT", null));
        assertEquals("PART", DraftResourceTest.reasons(answer).get("41 тыс."));
    }

    @Test
    void aDocumentsTitleIsNoCityTheMunicipalityInItIs() {
        Map<String, Object> answer = DraftResourceTest.answer("Сведения\nоб информационном освещении деятельности администрации\n"
                + "муниципального образования «Железногорск-Илимское городское поселение» в 2022 году\n"
                + "В 2022 году опубликовано 2 415 пресс-релизов.\n");
        assertEquals("zheleznogorsk-ilimsky", answer.get("city")); // the settlement is named after its town, not «Сведения»
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
    void rowsPastedFromACsvFileOrAlignedWithSpaces() {
        Map<String, Object> answer = DraftResourceTest.drafts("Железногорск-Илимский\n\nОтчет за 2025 год\n\n"
                + "Показатель;2024;2025;Комментарий\nФотоотчеты;87;112;\nОтветы на запросы журналистов;265;311;\n\n"
                + "Площадка          Глава     Администрация\n---------------   -------   -------------\n"
                + "ВКонтакте           3 215           7 840\nTelegram            1 480           1 905\n\n"
                + "Группа в Одноклассниках (средний возраст подписчика — 54 года) насчитывает 9 470 человек.\n",
                key("photo_reports", null, null, 112, "EXACT", null),
                key("media_requests_answered", null, null, 311, "EXACT", null),
                key("subscribers", "MAYOR", "VK", 3215, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 7840, "EXACT", null),
                key("subscribers", "MAYOR", "TELEGRAM", 1480, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 1905, "EXACT", null),
                key("subscribers", null, "OK", 9470, "EXACT", null));
        assertEquals("MEASURE", DraftResourceTest.reasons(answer).get("54"));
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
            "ЮЖНО-САХАЛИНСК | итоги 2024 🏔\\nмэрия + мэр => yuzhno-sakhalinsk",
            "Тема: Чита — итоги информационной политики за 2024 год (для сборника)\\n\\nДобрый день, коллеги! => chita",
            // the towns of Russia: a district's adjective, a town named by an adjective, a name in another case
            "From: Пресс-служба администрации г. Кузнецка <press@gorodkuzneck.ru>\\nSubject: RE: итоги года => kuznetsk",
            "ОТЧЁТ\\nоб исполнении плана работы пресс-службы Исполнительного комитета Бугульминского муниципального района "
                    + "Республики Татарстан => bugulma",
            "Пермский край\\n\\nОтдел внутренней политики администрации Чайковского городского округа подготовил около 1 700 новостей. => chaykovsky",
            "«БОРИСОГЛЕБСКИЙ ВЕСТНИК» — новости Борисоглебского городского округа\\n\\nВ администрации Борисоглебского городского "
                    + "округа подвели итоги. => borisoglebsk",
            "Информационная справка\\nАдминистрация Беловского городского округа => belovo",
            "АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА АРХАНГЕЛЬСКОЙ ОБЛАСТИ «КОТЛАС»\\nОтдел по связям с общественностью => kotlas",
            "Слайд 1\\nАМС г. Владикавказа\\nИнформационная политика: итоги 2024 года => vladikavkaz",
            "Администрация Губкинского городского округа Белгородской области\\nОрганы местного самоуправления г. Губкина => gubkin",
            "Администрация Дмитровского городского округа\\n\\nГод для Дмитрова прошёл под знаком юбилея. => dmitrov",
            "МОНИТОРИНГ\\nпоказателей пресс-службы Исполнительного комитета Елабужского муниципального района => yelabuga",
            "Администрация муниципального образования Сосновоборский городской округ Ленинградской области\\nг. Сосновый Бор => sosnovy-bor" })
    void theCityOfAnApprovalBlockALetterheadOrATitle(String opening, String city) {
        Map<String, Object> answer = DraftResourceTest.answer(opening.replace("\\n", "\n")
                + "\n\nВ 2024 году на сайте опубликовано 2 615 пресс-релизов. Подготовлено 248 фоторепортажей.\n");
        assertEquals(city, answer.get("city"));
    }

    @Test
    void aSecondHeaderRowNamesTheColumnsWithTheFirst() {
        DraftResourceTest.drafts("Якутск\n\nИтоги 2024 года\n\n"
                + "Площадка | Глава города | Глава города | Администрация | Администрация\n"
                + " | подписчики | публикации | подписчики | публикации\n"
                + "Telegram | 61 300 | 1 940 | 28 750 | 3 610\n"
                + "Итого | 105 420 | 2 810 | 143 470 | 11 190\n",
                key("subscribers", "MAYOR", "TELEGRAM", 61_300, "EXACT", null),
                key("posts", "MAYOR", "TELEGRAM", 1940, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "TELEGRAM", 28_750, "EXACT", null),
                key("posts", "ADMINISTRATION", "TELEGRAM", 3610, "EXACT", null),
                key("subscribers", "MAYOR", null, 105_420, "EXACT", null),
                key("posts", "MAYOR", null, 2810, "EXACT", null),
                key("subscribers", "ADMINISTRATION", null, 143_470, "EXACT", null),
                key("posts", "ADMINISTRATION", null, 11_190, "EXACT", null));
    }

    @Test
    void aNumberedSectionHeadingOwnsTheTableUnderIt() {
        DraftResourceTest.drafts("Тольятти\n\nОТЧЁТ за 2024 год\n\n4. Официальные аккаунты администрации\n\n"
                + "Площадка | Подписчики | Публикации\nВКонтакте | 96 400 | 4 980\nИтого | 156 800 |\n",
                key("subscribers", "ADMINISTRATION", "VK", 96_400, "EXACT", null),
                key("posts", "ADMINISTRATION", "VK", 4980, "EXACT", null),
                key("subscribers", "ADMINISTRATION", null, 156_800, "EXACT", null));
    }

    @Test
    void outlineNumberedLinesAreNoWrappedProse() {
        DraftResourceTest.drafts("Пермь\n\nИтоги 2023 года\n\n"
                + "2.1.1. Сообщество администрации города во ВКонтакте — 17 430 подписчиков\n"
                + "2.1.2. Страница главы города в Одноклассниках набрала 3 058 подписчиков\n",
                key("subscribers", "ADMINISTRATION", "VK", 17_430, "EXACT", null),
                key("subscribers", "MAYOR", "OK", 3058, "EXACT", null));
    }

    @Test
    void aTableOfFactAndPlanIsNoPlansHeading() {
        DraftResourceTest.drafts("Сергиев Посад\n\nОб итогах информационной работы за 2025 год\n\n"
                + "Основные показатели (для ориентира приведён план на 2026 год):\n\n"
                + "Показатель\tФакт 2025\tПлан 2026\nФоторепортажи\t268\t280\nОтветы на запросы СМИ\t212\t—\n",
                key("photo_reports", null, null, 268, "EXACT", null),
                key("media_requests_answered", null, null, 212, "EXACT", null));
    }

    @Test
    void aCaptionOverATableNamesWhoseAccountsItsRowsAre() {
        DraftResourceTest.drafts("Усть-Кут\n\nОтчёт за 2025 год\n\n"
                + "Таблица 1. Аккаунты главы города\nПоказатель | ВК | ОК\nПодписчики | 9 412 | 3 087\n\n"
                + "Таблица 2. Аккаунты администрации\n\nПоказатель | ВК\nПодписчики | 12 760\n",
                key("subscribers", "MAYOR", "VK", 9412, "EXACT", null),
                key("subscribers", "MAYOR", "OK", 3087, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 12_760, "EXACT", null));
    }

    @Test
    void aHeadingNamesTheMetricOfATableWhoseHeaderOpensWithATab() {
        DraftResourceTest.drafts("Черногорск\n\nИтоги 2022 года\n\nБ. Подписчики на 31.12.2022\n\n"
                + "\tВК\tОК\tИтого\nГлава города\t9 870\t1 240\t11 110\nАдминистрация\t17 560\t6 090\t23 650\n",
                key("subscribers", "MAYOR", "VK", 9870, "EXACT", null),
                key("subscribers", "MAYOR", "OK", 1240, "EXACT", null),
                key("subscribers", "MAYOR", null, 11_110, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "VK", 17_560, "EXACT", null),
                key("subscribers", "ADMINISTRATION", "OK", 6090, "EXACT", null),
                key("subscribers", "ADMINISTRATION", null, 23_650, "EXACT", null));
    }

    @Test
    void theHeadOfARegionIsNoMayorsName() {
        DraftResourceTest.drafts("Горно-Алтайск\n\nИнформационная справка за 2023 год\n\n"
                + "2.1. Аккаунты Администрации города Горно-Алтайска\n2.1.1. ВКонтакте — 17 430 подписчиков.\n"
                + "2.2. Аккаунты мэра города\n2.2.1. Публикации мэра репостились в канале Главы Республики Алтай.\n",
                key("subscribers", "ADMINISTRATION", "VK", 17_430, "EXACT", null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWordCellMergedOverTwoColumnsHeadsBoth() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Якутск");
            document.createParagraph().createRun().setText("Итоги 2024 года");
            XWPFTable table = document.createTable(3, 3);
            fill(table.getRow(0), "Площадка", "Глава города", "");
            table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(2);
            fill(table.getRow(1), "", "подписчики", "публикации");
            fill(table.getRow(2), "Telegram", "61 300", "1 940");
            document.write(out);
            docx = out.toByteArray();
        }
        Map<String, Object> answer = given().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .body(docx).post("/api/v1/drafts").then().statusCode(200).extract().as(Map.class);
        assertEquals(Set.of(key("subscribers", "MAYOR", "TELEGRAM", 61_300, "EXACT", null),
                key("posts", "MAYOR", "TELEGRAM", 1940, "EXACT", null)), DraftResourceTest.figures(answer));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWordRowOfOneMergedCellIsASectionOfTheTable() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Новокузнецк");
            document.createParagraph().createRun().setText("Отчет за 2024 год");
            XWPFTable table = document.createTable(6, 3);
            fill(table.getRow(0), "№ п/п", "Показатель", "Значение");
            fill(table.getRow(1), "1. Работа со СМИ и официальным сайтом");
            fill(table.getRow(2), "1.1", "Пресс-релизы на сайте", "6 214");
            fill(table.getRow(3), "2. Социальные сети Главы города");
            fill(table.getRow(4), "2.1", "Подписчики (все площадки)", "41 870");
            fill(table.getRow(5), "2.2", "Публикации (все площадки)", "2 905");
            for (int row : new int[] { 1, 3 }) {
                table.getRow(row).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
                table.getRow(row).removeCell(2);
                table.getRow(row).removeCell(1);
            }
            document.write(out);
            docx = out.toByteArray();
        }
        Map<String, Object> answer = given().contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .body(docx).post("/api/v1/drafts").then().statusCode(200).extract().as(Map.class);
        assertEquals(Set.of(key("press_releases", null, null, 6214, "EXACT", null),
                key("subscribers", "MAYOR", null, 41_870, "EXACT", null),
                key("posts", "MAYOR", null, 2905, "EXACT", null)), DraftResourceTest.figures(answer));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOpenDocumentCellMergedOverTwoColumnsHeadsBoth() throws IOException {
        String row = "<table:table-row>%s</table:table-row>";
        String table = "<table:table>" + row.formatted("<table:table-cell><text:p>Площадка</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-spanned=\"2\"><text:p>Глава города</text:p></table:table-cell>"
                + "<table:covered-table-cell/>")
                + row.formatted("<table:table-cell/><table:table-cell><text:p>подписчики</text:p></table:table-cell>"
                        + "<table:table-cell><text:p>публикации</text:p></table:table-cell>")
                + row.formatted("<table:table-cell><text:p>Telegram</text:p></table:table-cell>"
                        + "<table:table-cell><text:p>61 300</text:p></table:table-cell>"
                        + "<table:table-cell><text:p>1 940</text:p></table:table-cell>")
                + "</table:table>";
        ByteArrayOutputStream odt = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(odt)) {
            DraftBadInputTest.mimetype(out);
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                    + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text>"
                    + "<text:p>Якутск</text:p><text:p>Итоги 2024 года</text:p>" + table + "</office:text></office:body>"
                    + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> answer = given().contentType(DraftResource.ODT).body(odt.toByteArray())
                .post("/api/v1/drafts").then().statusCode(200).extract().as(Map.class);
        assertEquals(Set.of(key("subscribers", "MAYOR", "TELEGRAM", 61_300, "EXACT", null),
                key("posts", "MAYOR", "TELEGRAM", 1940, "EXACT", null)), DraftResourceTest.figures(answer));
    }

    private static void fill(XWPFTableRow row, String... cells) {
        List<String> texts = List.of(cells);
        for (int i = 0; i < texts.size(); i++) {
            row.getCell(i).setText(texts.get(i));
        }
    }
}
