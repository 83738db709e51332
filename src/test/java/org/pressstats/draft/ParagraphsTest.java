package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A Word file's paragraphs as lines and blocks. */
class ParagraphsTest {

    @Test
    void withoutEmptyParagraphsALineThatEndsWithAColonAfterAListHeadsAListOfItsOwn() {
        Paragraphs paragraphs = new Paragraphs();
        paragraphs.add("Пресс-служба подводит итоги года:", false);
        paragraphs.add("• выездные мероприятия — 140;", false);
        paragraphs.add("• госпаблики: создано 12 новых пабликов.", false);
        paragraphs.add("Аудитория на 31 декабря:", false);
        paragraphs.add("ВК администрации — 9 700;", true);
        paragraphs.add("ОК администрации — 3 300.", true);
        paragraphs.add("Прирост за год: +4 100.", false);
        assertEquals("Пресс-служба подводит итоги года:\n• выездные мероприятия — 140;\n• госпаблики: создано 12 новых пабликов."
                + "\n\nАудитория на 31 декабря:\n— ВК администрации — 9 700;\n— ОК администрации — 3 300.\nПрирост за год: +4 100.",
                paragraphs.text(), "a short line after the items still is the list's («Прирост за год» of the accounts above it)");
    }
}
