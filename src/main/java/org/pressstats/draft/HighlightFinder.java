package org.pressstats.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pressstats.report.HighlightDto;
import org.pressstats.report.HighlightKind;

/**
 * Highlights of the year: the events covered (a list after «освещала события:»), special projects
 * («телемарафон «…»», «трансляция ежегодного отчета»), publications with their print run
 * («журнал «…» (тираж 1000 экземпляров)») and milestones («преодолен порог в 10 тысяч …»).
 */
final class HighlightFinder {

    /** A highlight and the number it took its quantity from (-1: none). */
    record Found(HighlightDto highlight, int quantityStart) {
    }

    // project nouns by stem, with the name a title starts with; true: a title without a quoted name is enough
    private static final Map<String, String> PROJECTS = Map.ofEntries(Map.entry("телемарафон", "Телемарафон"),
            Map.entry("марафон", "Марафон"), Map.entry("спецпроект", "Спецпроект"), Map.entry("проект", "Проект"),
            Map.entry("акц", "Акция"), Map.entry("конкурс", "Конкурс"), Map.entry("фестивал", "Фестиваль"),
            Map.entry("флешмоб", "Флешмоб"), Map.entry("трансляц", "Трансляция"), Map.entry("подкаст", "Подкаст"),
            Map.entry("видеоподкаст", "Видеоподкаст"), Map.entry("рубрик", "Рубрика"), Map.entry("челлендж", "Челлендж"),
            Map.entry("викторин", "Викторина"), Map.entry("телепроект", "Телепроект"), Map.entry("видеопроект", "Видеопроект"));
    private static final List<String> UNQUOTED_PROJECTS = List.of("телемарафон", "спецпроект", "трансляц");
    private static final Map<String, String> PUBLICATIONS = Map.ofEntries(Map.entry("журна", "Журнал"), Map.entry("журнал", "Журнал"),
            Map.entry("газет", "Газета"), Map.entry("книг", "Книга"), Map.entry("буклет", "Буклет"), Map.entry("брошюр", "Брошюра"),
            Map.entry("альманах", "Альманах"), Map.entry("календар", "Календарь"), Map.entry("сборник", "Сборник"),
            Map.entry("фотоальб", "Фотоальбом"), Map.entry("фотоальбом", "Фотоальбом"), Map.entry("альбом", "Альбом"),
            Map.entry("вестник", "Вестник"), Map.entry("бюллетен", "Бюллетень"), Map.entry("спецвыпуск", "Спецвыпуск"));

    private final String text;

    HighlightFinder(String text) {
        this.text = text;
    }

    List<Found> find(Sentence s) {
        return found(s).stream().map(f -> new Found(fit(f.highlight()), f.quantityStart())).toList();
    }

    /** Title, details and unit within what a report holds. */
    private static HighlightDto fit(HighlightDto h) {
        return new HighlightDto(h.kind(), cut(h.title(), 500), cut(h.details(), 5000), h.quantity(), cut(h.unit(), 50), h.firstTime());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private List<Found> found(Sentence s) {
        List<Found> found = new ArrayList<>();
        events(s, found);
        boolean firstTime = s.tokens.stream().anyMatch(t -> t.lower().startsWith("впервые"));
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (!t.isWord() || s.quoted(i) || i > 0 && s.numberAt(i - 1) != null) {
                continue;
            }
            String publication = PUBLICATIONS.get(t.stem());
            if (publication != null) {
                Integer quoteEnd = quoteAfter(s, i);
                if (quoteEnd != null) {
                    found.add(publication(s, publication + " " + text.substring(s.token(i + 1).start(), quoteEnd), firstTime));
                }
                continue;
            }
            String project = PROJECTS.get(t.stem());
            if (project != null) {
                String title = projectTitle(s, i, project);
                if (title != null) {
                    found.add(new Found(new HighlightDto(HighlightKind.SPECIAL_PROJECT, title, sentenceText(s), null, null, firstTime), -1));
                }
            }
        }
        milestone(s, found);
        return found;
    }

    private String projectTitle(Sentence s, int i, String name) {
        String prefix = "";
        if (i >= 2 && s.token(i - 1).is("-") && s.token(i - 1).adjacent() && s.token(i).adjacent() && s.token(i - 2).isWord()) {
            prefix = capitalize(s.token(i - 2).lower()) + "-";
            name = name.toLowerCase();
        }
        Integer quoteEnd = quoteAfter(s, i);
        if (quoteEnd != null) {
            return prefix + name + " " + text.substring(s.token(i + 1).start(), quoteEnd);
        }
        if (!UNQUOTED_PROJECTS.contains(s.token(i).stem())) {
            return null;
        }
        int end = s.token(i).end();
        for (int j = i + 1; j < s.size() && j <= i + 5; j++) {
            Token t = s.token(j);
            if (!t.isWord() || t.lower().equals("и") || t.lower().equals("в") || t.lower().equals("с")) {
                break;
            }
            end = t.end();
        }
        return end == s.token(i).end() ? null : prefix + name + text.substring(s.token(i).end(), end);
    }

    /** The end of a quoted name right after token i («…»), or null. */
    private Integer quoteAfter(Sentence s, int i) {
        if (i + 1 >= s.size() || !(s.token(i + 1).is("«") || s.token(i + 1).is("\""))) {
            return null;
        }
        for (int j = i + 2; j < s.size(); j++) {
            if (s.token(j).is("»") || s.token(j).is("\"") || s.token(j).is("“")) {
                return s.token(j).end();
            }
        }
        return null;
    }

    private Found publication(Sentence s, String title, boolean firstTime) {
        for (NumberMention n : s.numbers) {
            Token next = n.last() + 1 < s.size() ? s.token(n.last() + 1) : null;
            if (next != null && next.lower().startsWith("экз")) {
                String unit = next.lower().equals("экз") ? "экз." : next.text();
                return new Found(new HighlightDto(HighlightKind.PUBLICATION, title, null, n.value().longValue(), unit, firstTime), n.start());
            }
        }
        return new Found(new HighlightDto(HighlightKind.PUBLICATION, title, null, null, null, firstTime), -1);
    }

    /** «…освещала события, такие как: День Победы, День города, …». */
    private void events(Sentence s, List<Found> found) {
        int colon = s.colon();
        int listStart = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).lower().equals("как") && i > 0 && s.token(i - 1).lower().equals("такие")) {
                listStart = i + 1;
                break;
            }
        }
        if (colon >= 0 && (listStart < 0 || colon < listStart + 1)) {
            listStart = Math.max(listStart, colon + 1);
        }
        if (listStart < 0 || listStart >= s.size()) {
            return;
        }
        boolean aboutEvents = false;
        for (int i = 0; i < listStart; i++) {
            String w = s.token(i).lower();
            aboutEvents |= w.startsWith("освещ") || w.startsWith("событи") || w.startsWith("праздник") || w.startsWith("сопровожд");
        }
        if (!aboutEvents) {
            return;
        }
        List<String> titles = new ArrayList<>();
        int itemStart = s.token(listStart).start();
        int itemFirst = listStart;
        int depth = 0;
        for (int i = listStart; i <= s.size(); i++) {
            Token t = i < s.size() ? s.token(i) : null;
            if (t != null && (t.is("«") || t.is("("))) {
                depth++;
            } else if (t != null && (t.is("»") || t.is(")"))) {
                depth--;
            }
            boolean cut = t == null || depth <= 0 && (t.isAnyOf(",;") || t.is(".") && i == s.size() - 1);
            if (cut) {
                int end = t == null ? s.token(s.size() - 1).end() : t.start();
                if (countsIn(s, itemFirst, i)) {
                    // «…следующая работа: размещено 2 987 сообщений, подготовлено 341 фотоотчет»: figures, not events
                    itemStart = t == null ? end : t.end();
                    itemFirst = i + 1;
                    continue;
                }
                String title = text.substring(itemStart, end).strip();
                if (title.endsWith(".")) {
                    title = title.substring(0, title.length() - 1);
                }
                int and = title.lastIndexOf(" и ");
                if (and > 0 && and + 3 < title.length() && Character.isUpperCase(title.charAt(and + 3))) {
                    titles.add(title.substring(0, and).strip());
                    title = title.substring(and + 3).strip();
                }
                titles.add(title);
                itemStart = t == null ? end : t.end();
                itemFirst = i + 1;
            }
        }
        titles.removeIf(title -> title.isBlank() || title.length() > 120);
        if (titles.size() >= 2) {
            for (String title : titles) {
                found.add(new Found(new HighlightDto(HighlightKind.EVENT_COVERED, capitalize(title), null, null, null, false), -1));
            }
        }
    }

    /** A count among tokens {@code from} to {@code to} (exclusive): a number that is not a year or a part of a word («75-летие»). */
    private static boolean countsIn(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            NumberMention n = s.numberAt(i);
            boolean ordinal = n != null && n.last() + 1 < s.size() && s.token(n.last() + 1).is("-") && s.token(n.last() + 1).adjacent();
            if (n != null && !n.looksLikeYear() && !ordinal) {
                return true;
            }
        }
        return false;
    }

    /** «Преодолен порог в 10 тысяч подписчиков …», «установлен рекорд …». */
    private void milestone(Sentence s, List<Found> found) {
        boolean passed = false;
        boolean threshold = false;
        for (Token t : s.tokens) {
            String w = t.lower();
            passed |= w.startsWith("преодол") || w.startsWith("достигнут") || w.startsWith("перешагнул") || w.startsWith("рекорд");
            threshold |= w.startsWith("порог") || w.startsWith("рубеж") || w.startsWith("отметк") || w.startsWith("рекорд");
        }
        if (!passed || !threshold || s.numbers.isEmpty()) {
            return;
        }
        StringBuilder title = new StringBuilder();
        String detail = null;
        int from = s.span.start();
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).is("(") && s.bracket(i) >= 0) {
                int close = i;
                while (close + 1 < s.size() && s.bracket(close + 1) == s.bracket(i)) {
                    close++;
                }
                title.append(text, from, s.token(i).start());
                if (detail == null && close > i + 1) {
                    detail = capitalize(text.substring(s.token(i + 1).start(), s.token(close - (s.token(close).is(")") ? 1 : 0)).end()).strip());
                }
                from = s.token(close).end();
                i = close;
            }
        }
        title.append(text, from, s.span.end());
        String head = title.toString().replaceAll("\\s+", " ").replaceAll(" ([,.;:!?])", "$1").strip();
        if (head.endsWith(".")) {
            head = head.substring(0, head.length() - 1);
        }
        NumberMention n = s.numbers.get(0);
        Token unit = n.last() + 1 < s.size() && s.token(n.last() + 1).isWord() ? s.token(n.last() + 1) : null;
        found.add(new Found(new HighlightDto(HighlightKind.MILESTONE, capitalize(head), detail, n.value().longValue(),
                unit == null ? null : unit.text(), false), -1));
    }

    private String sentenceText(Sentence s) {
        return text.substring(s.span.start(), s.span.end()).strip();
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
