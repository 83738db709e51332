package org.pressstats.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What makes a line a heading of a report's sections: the year's results or next year's tasks. */
final class Headings {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])");
    private static final Pattern PLANS_WORDS = Pattern.compile(
            "(?iu)(задач|план|перспектив|цел[иьей]|приоритет|намечен|предстоит|следующ[а-я]* год)");
    private static final Pattern SUMMARY_WORDS = Pattern.compile(
            "(?iu)(?<!\\p{L})(удалось|сделан|сделать|итог|результат|достижени|достигнут|выполнен|проделан|отч[её]т|работ[аыуе]|"
            + "деятельност)"); // at a word's start: «МАГНИТОГОРСК» holds «итог»
    /** The question a report answers («Что наиболее значительное удалось сделать …?»): it heads the results over a title. */
    private static final Pattern QUESTION = Pattern.compile("(?iu)удалось|\\?$");
    /** «1. », «2) », «Вопрос 1. »: a heading's number in a list of the questions. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:#{1,6}\\s+|(?:[Вв]опрос\\s*)?\\d{1,2}[.):]\\s+)");
    /** Where a sentence ends and the next one starts: «журналистов. Какие», «(+9 100 за год) Задачи». */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{3}[.!?…]|[\\p{L}\\d][)»])\\s+(?=[«\"(]?\\p{Lu})");

    /** «Пресс-служба», «Управление информационной политики Администрации …»: who sends the report, above its title. */
    private static final Pattern LETTERHEAD = Pattern.compile("(?iu)^(?:пресс-служба|пресс-центр|администрация|мэрия|"
            + "управление|отдел|комитет|департамент|МКУ|МБУ|МАУ)(?:\\s[^\\d.!?;:]{0,110})?$");

    /** «ЧТО СДЕЛАНО», «ИТОГИ», «ПЛАНЫ»: a line in capitals heads a section by these words alone, without a year. */
    private static final Pattern CAPITALS_HEADING = Pattern.compile("(?iu)(?<!\\p{L})(удалось|сделан|сделать|итог|результат|"
            + "достижени|задач|план)");

    private static final Pattern PLANS_OPENER = Pattern.compile("(?iu)(?:(?:какие\\s+|основные\\s+|главные\\s+)?(?:задачи|планы|"
            + "перспективы|приоритеты)[^.\\n]{0,80}?(?:19|20)\\d{2}|в\\s+планах|в\\s+(?:19|20)\\d{2}\\s+году\\s+(?:мы\\s+)?"
            + "(?:планиру|хотим|предстоит|намерен|намечен|собираемся|будем|задач|нам\\s+предстоит)"
            // «В 2024 году запланировано …», «В 2026 году пресс-служба продолжит …», «На 2022 год поставлена задача …»
            + "|(?:в\\s+(?:19|20)\\d{2}\\s+году|на\\s+(?:19|20)\\d{2}\\s+год)[^.!?\\n]{0,60}?(?<!\\p{L})(?:запланир|планиру|"
            + "предстоит|намечен|намерен|продолжит|продолжим|продолжат|будет\\s+продолж|поставлен[аы]?\\s+задач))");

    private Headings() {
    }

    /** «Задачи на 2022 год: …», «В 2025 году хотим …», «На 2022 год поставлена задача …»: a paragraph that opens the plans. */
    static boolean opensPlans(String paragraph) {
        return PLANS_OPENER.matcher(paragraph).lookingAt();
    }

    private static boolean isCapitals(String line) {
        return line.length() <= 60 && line.codePoints().filter(Character::isLetter).count() >= 4
                && line.codePoints().filter(Character::isLowerCase).count() == 0;
    }

    /** A line that names the sender of the report, with no number and no sentence: not yet its text. */
    static boolean isLetterhead(String line) {
        return LETTERHEAD.matcher(line).matches();
    }

    /** A short line without a full stop that speaks of the year's results or of next year's tasks. */
    static Layout.Role role(String line) {
        if (line.length() > 200 || line.endsWith(".") || line.endsWith(";") || line.endsWith(",") || line.indexOf('\t') >= 0
                || line.chars().filter(c -> c == '|').count() >= 2) {
            return null; // nor is a table's row («Показатель⇥Факт 2025⇥План 2026») a heading
        }
        boolean aboutAYear = YEAR.matcher(line).find() || line.endsWith("?") || line.endsWith(":")
                || line.toLowerCase().contains("год") || isCapitals(line) && CAPITALS_HEADING.matcher(line).find();
        if (!aboutAYear) {
            return null;
        }
        String unbracketed = BRACKETED.matcher(line).replaceAll(" "); // «Основные показатели (приведён план на 2026 год):»
        unbracketed = PLAN_CARRIED_OUT.matcher(unbracketed).replaceAll(" "); // «Отчёт о выполнении плана работы за 2023 год»
        if (PLANS_WORDS.matcher(unbracketed).find()) {
            return Layout.Role.PLANS;
        }
        return SUMMARY_WORDS.matcher(line).find() ? Layout.Role.SUMMARY : null;
    }

    /** «о выполнении плана работы», «исполнения целевых показателей»: a report on the year's plan, not next year's. */
    private static final Pattern PLAN_CARRIED_OUT = Pattern.compile("(?iu)(?:выполнени|исполнени|реализаци|достижени)\\p{L}*"
            + "(?:\\s+\\p{L}+){0,3}?\\s+(?:план|целев|задач)\\p{L}*"
            // «Цели на 2024 год — выполнение»
            + "|(?:план|цел|задач)\\p{L}*(?:\\s+\\S+){0,4}?\\s*[—–:-]\\s*(?:выполнени|исполнени)\\p{L}*");

    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

    /** Where a line's last sentence starts when that sentence is a plans heading and others come before it; else -1. */
    static int plansTail(String content) {
        Matcher end = SENTENCE_END.matcher(content);
        int tail = -1;
        while (end.find()) {
            tail = end.end();
        }
        return tail > 0 && role(content.substring(tail)) == Layout.Role.PLANS ? tail : -1;
    }

    /** The year a heading names, or null. */
    static Integer yearIn(String heading) {
        Matcher m = YEAR.matcher(heading);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Words of the results or the tasks: no city's name. */
    static boolean namesASection(String words) {
        return SUMMARY_WORDS.matcher(words).find() || PLANS_WORDS.matcher(words).find();
    }

    static boolean isQuestion(String heading) {
        return QUESTION.matcher(heading).find();
    }

    /** The heading without the number it has in a list of the questions. */
    static String unnumbered(String heading) {
        return NUMBERED.matcher(heading).replaceFirst("").replaceFirst("^(\\*\\*|__)(.+)\\1$", "$2");
    }
}
