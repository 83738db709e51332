package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ways press services write numbers, each read to one value at the right place. */
class NumberReaderTest {

    private static List<NumberMention> read(String text) {
        return NumberReader.read(new Tokenizer().tokenize(text, 0, text.length()));
    }

    private static NumberMention only(String text) {
        List<NumberMention> found = read(text);
        assertEquals(1, found.size(), () -> "one number in «" + text + "», found " + found);
        return found.get(0);
    }

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', value = {
            "опубликовано 3 415 пресс-релиза | 3415 | 3 415",
            "опубликовано 3415 пресс-релизов | 3415 | 3415",
            "составило 713 206 просмотров | 713206 | 713 206",
            "более 25 тыс. человек | 25000 | 25 тыс.",
            "рост составляет 8 тысяч подписчиков | 8000 | 8 тысяч",
            "охват 1,5 млн просмотров | 1500000 | 1,5 млн",
            "набрали 30 млн просмотров | 30000000 | 30 млн",
            "за год — 12К постов | 12000 | 12К",
            "свыше 2-х тысяч пресс-релизов | 2000 | 2-х тысяч",
            "проведено два десятка брифингов | 20 | два десятка",
            "около полутора десятков пресс-конференций | 15 | полутора десятков",
            "около сотни ответов | 100 | сотни",
            "более сотни тысяч просмотров | 100000 | сотни тысяч",
            "5 десятков фоторепортажей | 50 | 5 десятков",
            "проведено 5-ти пресс-конференций | 5 | 5-ти",
            "12k подписчиков | 12000 | 12k",
            "посмотрели более 10 000 000 раз | 10000000 | 10 000 000",
            "провели два прямых эфира | 2 | два",
            "двенадцать пресс-конференций | 12 | двенадцать",
            "организовано сто сорок пять пресс-подходов | 145 | сто сорок пять",
            "освещение двухсот пятнадцати выездных мероприятий | 215 | двухсот пятнадцати",
            "более трехсот запросов | 300 | трехсот",
            "две тысячи триста постов | 2300 | две тысячи триста",
            "полторы тысячи подписчиков | 1500 | полторы тысячи",
            "более тысячи подписчиков | 1000 | тысячи",
            "двести сорок один фотоотчет | 241 | двести сорок один",
            "аккаунты мэра +5000 | 5000 | +5000",
            "ВК — 52,8 тыс. | 52800 | 52,8 тыс.",
            "в «Одноклассниках» — 6 тыс. 450 человек | 6450 | 6 тыс. 450",
            "охват 1 млн 200 тыс. просмотров | 1200000 | 1 млн 200 тыс.",
            "просмотрены свыше полумиллиона раз | 500000 | полумиллиона",
            "почти полтысячи запросов | 500 | полтысячи",
            "около полусотни госпабликов | 50 | полусотни",
            "подготовила 2.315 пресс-релизов | 2315 | 2.315",
            "посмотрели 10.000.000 раз | 10000000 | 10.000.000",
            "охват 2.315 млн просмотров | 2315000 | 2.315 млн" })
    void readsTheFormsOfTheGenre(String text, long value, String quote) {
        NumberMention n = only(text);
        assertEquals(0, n.value().compareTo(BigDecimal.valueOf(value)), () -> "value of «" + text + "»: " + n.value());
        assertEquals(quote, text.substring(n.start(), n.end()));
    }

    @Test
    void tensAndHundredsWithNoCountAreNoNumber() {
        assertEquals(List.of(), read("сотни тысяч просмотров, несколько сотен публикаций, в первой десятке рейтинга"));
    }

    @Test
    void aPlusSignMarksAChange() {
        assertTrue(only("аккаунты мэра +5000").plus());
    }

    @Test
    void aScaleWrittenOnceBelongsToTheBareNumbersListedBeforeIt() {
        assertEquals(List.of(45_000, 20_000, 12_000),
                read("45, 20 и 12 тыс. подписчиков соответственно").stream().map(n -> n.value().intValue()).toList());
        assertEquals(List.of(1530, 300_000),
                read("1530 пресс-релизов и 300 тыс. просмотров").stream().map(n -> n.value().intValue()).toList(),
                "a number with its own noun keeps its value");
    }

    @Test
    void aRangeIsOneMentionWithBothBounds() {
        NumberMention fromTo = only("от 40 до 50 публикаций");
        assertEquals(40, fromTo.value().intValue());
        assertEquals(50, fromTo.upper().intValue());
        assertEquals("от 40 до 50", "от 40 до 50 публикаций".substring(fromTo.start(), fromTo.end()));
        NumberMention dash = only("40–50 публикаций");
        assertEquals(40, dash.value().intValue());
        NumberMention scaled = only("от 40 до 50 тыс. просмотров");
        assertEquals(40_000, scaled.value().intValue(), "the scale written once belongs to both bounds");
        assertEquals(50_000, scaled.upper().intValue());
    }

    @Test
    void datesAndTimesAreReadWholeSoThatTheirPartsAreNoCounts() {
        assertEquals(NumberMention.Shape.DATE, only("на 31.12.2023 аудитория").shape());
        assertEquals(NumberMention.Shape.TIME, only("эфир в 10:00 по местному").shape());
    }

    @Test
    void numbersNextToEachOtherStayApart() {
        List<NumberMention> found = read("в 2023 году 3 415 пресс-релизов и 223 фоторепортажа");
        assertEquals(List.of(2023, 3415, 223), found.stream().map(n -> n.value().intValue()).toList());
        assertEquals("2023", found.get(0).digits(), "a bare four-digit number keeps its digits, so it can be judged a year");
        assertNull(found.get(1).digits());
        assertEquals(List.of(52_000, 450), read("ВКонтакте — 52 тыс., ОК — 450").stream().map(n -> n.value().intValue()).toList());
        assertEquals(List.of(6_000, 1_500), read("6 тыс. 1 500").stream().map(n -> n.value().intValue()).toList(),
                "only digits below the scale fill its places");
    }

    @Test
    void oneAloneIsNoCountButEndsACompoundAndCountsInAList() {
        assertTrue(read("один из лучших пабликов").isEmpty());
        assertEquals(41, only("сорок один эфир").value().intValue());
        assertEquals(List.of(2, 1), read("два в Одноклассниках и один на YouTube").stream().map(n -> n.value().intValue()).toList());
    }
}
