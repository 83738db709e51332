package org.pressstats.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.pressstats.draft.PdfLines.PdfLine;

/** How drawn lines become paragraphs again: pages 550 points wide of 12-point lines 14 points apart. */
class PdfLinesTest {

    private static final float SIZE = 12;

    /** A page: each line's text, where it ends on the right, and how far below the one before (in lines). */
    private static final class Page {
        final List<PdfLine> lines = new ArrayList<>();
        float top = 50;

        Page line(String text, float right) {
            return line(text, 50, right, 1);
        }

        Page line(String text, float left, float right, float down) {
            top += 14 * down;
            lines.add(new PdfLine(text, left, right, top, SIZE, false));
            return this;
        }

        Page heading(String text, float right) {
            top += 16;
            lines.add(new PdfLine(text, 50, right, top, 14, true));
            return this;
        }
    }

    private static String join(Page... pages) {
        return PdfLines.join(List.of(pages).stream().map(p -> new PdfLines.PdfPage(p.lines, 550)).toList());
    }

    @Test
    void aWrappedSentenceIsOneLineAgainAndAShortLineEndsItsParagraph() {
        Page page = new Page().line("Опубликовано 1 530 пресс-релизов, их просмотрели", 470)
                .line("713 206 раз. Новости размещаются на сайте.", 300)
                .line("Пресс-служба подготовила 8 прямых эфиров.", 280);
        assertEquals("Опубликовано 1 530 пресс-релизов, их просмотрели 713 206 раз. Новости размещаются на сайте.\n\n"
                + "Пресс-служба подготовила 8 прямых эфиров.", join(page));
    }

    @Test
    void aWordBrokenAtItsHyphenKeepsItAndADashAfterWordsGoesOn() {
        Page page = new Page().line("Подготовлено 3 415 пресс-", 480).line("релизов и цикл материалов к 80-", 490)
                .line("летию Победы; у телеграм-канала администрации", 490).line("— 4 450 подписчиков.", 200);
        assertEquals("Подготовлено 3 415 пресс-релизов и цикл материалов к 80-летию Победы; у телеграм-канала администрации "
                + "— 4 450 подписчиков.", join(page));
    }

    @Test
    void anApproximateNumberGoesOnTheSentenceItsLineOpens() {
        Page page = new Page().line("Опубликовано 3 127 новостей. Посещаемость новостного раздела —", 490)
                .line("~1,6 млн просмотров. Раздел обновлялся еженедельно.", 300);
        assertEquals("Опубликовано 3 127 новостей. Посещаемость новостного раздела — ~1,6 млн просмотров. Раздел обновлялся "
                + "еженедельно.", join(page));
    }

    @Test
    void listItemsIndentsRowsAndLinesUnderAColonStandOnTheirOwn() {
        Page page = new Page().line("Площадки администрации на конец года:", 300)
                .line("ВКонтакте — 102 тыс. подписчиков;", 260)
                .line("Телеграм — 45 тыс.", 180)
                .line("Показатель\t2022\t2023", 50, 400, 2)
                .line("Пресс-релизы\t1 410\t1 562", 400)
                .line("Первая строка абзаца, что доходит до самого правого края", 80, 500, 2)
                .line("текста, и его продолжение.", 200)
                .line("• Telegram — 41 200", 160);
        assertEquals("Площадки администрации на конец года:\nВКонтакте — 102 тыс. подписчиков;\nТелеграм — 45 тыс.\n\n"
                + "Показатель\t2022\t2023\nПресс-релизы\t1 410\t1 562\n\n"
                + "Первая строка абзаца, что доходит до самого правого края текста, и его продолжение.\n\n"
                + "• Telegram — 41 200", join(page));
    }

    @Test
    void aLineThatEndsWithAColonAfterAListHeadsAListOfItsOwn() {
        Page page = new Page().line("Пресс-служба подводит итоги года:", 300)
                .line("• выездные мероприятия — 140;", 260)
                .line("• госпаблики: создано 12 новых пабликов.", 300)
                .line("Аудитория на 31 декабря:", 200)
                .line("• ОК администрации — 3 300.", 200)
                .line("Прирост за год — 4 100.", 200);
        assertEquals("Пресс-служба подводит итоги года:\n• выездные мероприятия — 140;\n• госпаблики: создано 12 новых пабликов."
                + "\n\nАудитория на 31 декабря:\n• ОК администрации — 3 300.\nПрирост за год — 4 100.", join(page),
                "a short line after the items still is the list's («Прирост за год» of the accounts above it)");
    }

    @Test
    void aLabelLinesNumberDoesNotRunIntoTheNextLabel() {
        Page page = new Page().line("Комментарии руководства (мэр, заместители мэра, начальники департаментов) — 312", 470)
                .line("Пресс-конференции, брифинги, пресс-подходы — 88", 400);
        assertEquals("Комментарии руководства (мэр, заместители мэра, начальники департаментов) — 312\n\n"
                + "Пресс-конференции, брифинги, пресс-подходы — 88", join(page));
    }

    @Test
    void pageNumbersAndARunningHeadAreLeftOutAndASentenceGoesOnOverThePage() {
        Page first = new Page().line("Отчет пресс-службы за год", 200).line("БРАТСК", 50, 100, 2)
                .line("Пресс-служба вела официальный сайт и аккаунты в социальных сетях. В", 495)
                .line("2023 году пресс-службой было написано и опубликовано", 500).line("- 1 -", 270, 290, 3);
        Page second = new Page().line("Отчет пресс-службы за год", 200).line("1 530 пресс-релизов.", 50, 160, 2)
                .line("Страница 2 из 2", 300, 400, 3);
        assertEquals("БРАТСК\n\nПресс-служба вела официальный сайт и аккаунты в социальных сетях. В 2023 году пресс-службой было "
                + "написано и опубликовано 1 530 пресс-релизов.", join(first, second));
    }

    @Test
    void aHeadingSetBoldAndLargerStandsApartFromTheLinesAroundIt() {
        Page page = new Page().heading("Пресс-служба Администрации МО «Город Мирный» (Республика Саха (Якутия))", 480)
                .line("Информационная политика — итоги 2023 года", 300)
                .line("Социальные сети:", 150)
                .line("ВКонтакте — 11 420", 160)
                .heading("Какие задачи стоят в 2024 году", 300);
        assertEquals("Пресс-служба Администрации МО «Город Мирный» (Республика Саха (Якутия))\n\n"
                + "Информационная политика — итоги 2023 года\n\nСоциальные сети:\nВКонтакте — 11 420\n\n"
                + "Какие задачи стоят в 2024 году", join(page));
    }

    @Test
    void aSinglePagesHeadStaysSinceNothingShowsItRepeats() {
        Page page = new Page().line("Отчет пресс-службы за год", 200).line("БРАТСК", 50, 100, 2).line("3", 270, 280, 3);
        assertEquals("Отчет пресс-службы за год\n\nБРАТСК", join(page));
    }
}
