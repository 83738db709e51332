package org.pressstats.draft;

import java.util.List;
import java.util.Set;

import org.pressstats.report.Owner;

/** The words that name whose accounts a number is of: the mayor, the administration, the departments, someone else. */
final class OwnerWords {

    private static final Set<String> NEWSPAPER = Set.of("газеты", "редакции"); // not «два-три издания»: outlets counted
    private static final Set<String> ONE_DEPARTMENT = Set.of("управление", "отдел", "отдела", "учреждение", "комитет",
            "комитета", "департамент", "департамента", "мку", "мбу", "мау", "муп", "мбук", "мбоу");

    private OwnerWords() {
    }

    /**
     * The owner a word at position i names as the holder of accounts, or null: «мэра», «главы города»,
     * «администрации», «мэрии», «подразделений», «учреждений». «С мэром», «с участием мэра» are a guest, not an owner;
     * «пресс-служба администрации» and «сайт администрации» are not accounts.
     */
    static Owner owner(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return null;
        }
        String w = t.lower();
        String before = i > 0 ? tokens.get(i - 1).lower() : "";
        String after = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        if (after.equals(".") && (w.equals("гл") || w.equals("адм") || w.equals("админ"))) {
            // «ТГ гл. города», «Соцсети адм.», «по админ. страницам»: the head's and the administration's, cut short
            boolean ofDepartments = !w.equals("гл") && isDepartments(before); // «подразделений адм.» are departments
            return excludedBefore(tokens, i) || ofDepartments ? null : w.equals("гл") ? Owner.MAYOR : Owner.ADMINISTRATION;
        }
        if (w.startsWith("исполком") || w.startsWith("комитет") && before.startsWith("исполнительн")) {
            // «Соцсети исполкома», «исполнительного комитета района»: Tatarstan's administration
            return excludedBefore(tokens, i) ? null : Owner.ADMINISTRATION;
        }
        if (isDepartments(w)) {
            return isThePressService(tokens, i) ? null : Owner.DEPARTMENTS;
        }
        // «группа газеты в Одноклассниках», «Telegram-канал редакции»: a newspaper's accounts are someone else's
        // not where newspapers are counted: «в 3 газеты», «две редакции»
        boolean counted = i > 0 && (tokens.get(i - 1).isDigits() || NumberWords.of(before) != null);
        if (NEWSPAPER.contains(w) && !before.equals("в") && !before.equals("во") && !counted && !excludedBefore(tokens, i)) {
            return Owner.OTHER;
        }
        if ((w.startsWith("орган") && after.startsWith("местн") || w.equals("омсу")) && !excludedBefore(tokens, i)) {
            return Owner.ADMINISTRATION; // «органов местного самоуправления»: the administration first of all
        }
        if (isDeputy(w)) {
            return excludedBefore(tokens, i) ? null : Owner.OTHER; // «каналы заместителей главы»: someone else's than the head's
        }
        if (COUNCIL.contains(w) && accountBefore(tokens, i) && !excludedBefore(tokens, i)) {
            return Owner.OTHER; // «сообщество Думы города», «страница Совета депутатов»: the council's, not the administration's
        }
        if (w.equals("мэра") || w.equals("мэр") || w.equals("мэру") || w.startsWith("градоначальник")
                || (w.equals("главы") || w.equals("глава") || w.equals("главу")) && (!isOtherHeads(after) || after.equals("района"))) {
            return excludedBefore(tokens, i) || isDeputy(before) ? null : Owner.MAYOR;
        }
        boolean heads = w.equals("главы") || w.equals("глава") || w.equals("глав") || w.equals("главам") || w.equals("главами");
        if (heads && isOtherHeads(after) && !after.equals("района") && !excludedBefore(tokens, i)) {
            return Owner.OTHER; // «страницы глав сельских поселений»: other heads' own accounts
        }
        // «администраций районов»: several administrations are the city's districts or settlements, not its own
        boolean administration = w.startsWith("администрац") && !w.equals("администрацией") && !w.equals("администраций");
        if (administration || w.equals("мэрии") || w.equals("мэрия") || isAms(tokens.get(i))) {
            // «подразделений администрации», «отделы администрации» are departments
            if (isDepartments(before) || i > 1 && isDepartments(tokens.get(i - 2).lower()) && !tokens.get(i - 1).lower().equals("и")) {
                return null;
            }
            // «глава округа — руководитель администрации»: the head of the administration is a person, the mayor;
            // «главы местной администрации» as well
            int head = i > 1 && Lexicon.looksAdjective(tokens.get(i - 1)) ? i - 2 : i - 1;
            String headWord = head == i - 1 ? before : tokens.get(head).lower();
            if (headWord.startsWith("глав") || headWord.startsWith("руководител")) {
                return excludedBefore(tokens, head) || head > 0 && isDeputy(tokens.get(head - 1).lower()) ? null : Owner.MAYOR;
            }
            if (excludedBefore(tokens, i)) {
                return null;
            }
            return Owner.ADMINISTRATION;
        }
        return null;
    }

    /** «Управление образования», «МКУ «Центр культуры»»: one department or institution, not the departments together. */
    static boolean namesOneDepartment(Token t) {
        return ONE_DEPARTMENT.contains(t.lower());
    }

    /** A word of the departments or institutions: «учреждений», «отделов», «подразделения». */
    static boolean namesDepartments(Token t) {
        return t.isWord() && isDepartments(t.lower());
    }

    /** A word of an owner in any of its uses: «администрации» also where «подразделений администрации» are departments. */
    static boolean isOwnerWord(Token t) {
        String w = t.lower();
        return t.isWord() && (w.startsWith("администрац") || w.startsWith("мэри") || w.equals("адм") || w.equals("админ")
                || w.equals("гл") || isAms(t) || isDepartments(w));
    }

    /** «АМС г. Владикавказа»: the administration of a North Caucasus city, in capitals only. */
    private static boolean isAms(Token t) {
        return t.text().equals("АМС");
    }

    /** Departments, institutions, offices and committees of the city. */
    private static boolean isDepartments(String w) {
        for (String stem : List.of("подразделен", "учрежден", "ведомств", "подведомствен", "отдел", "департамент", "комитет",
                "управлени", "структур")) {
            if (w.startsWith(stem)) {
                return !w.equals("отделение") && !w.startsWith("отдельн"); // «Отдельно отметим …» is no department
            }
        }
        return false;
    }

    /** «информационно-аналитического отдела», «отдел по связям с общественностью»: the press service itself, which reports. */
    private static boolean isThePressService(List<Token> tokens, int i) {
        String unit = tokens.get(i).lower();
        if (!unit.startsWith("отдел") && !unit.startsWith("управлени") && !unit.startsWith("департамент")
                && !unit.startsWith("комитет")) {
            return false; // «информационные страницы учреждений» are the institutions'
        }
        for (int j = Math.max(0, i - 3); j < tokens.size() && j <= i + 3; j++) {
            String w = tokens.get(j).lower();
            if (j != i && (w.startsWith("информацион") || w.startsWith("аналитическ") || w.equals("связям") || w.equals("пресс")
                    || w.equals("сми"))) {
                return true;
            }
        }
        return false;
    }

    /** «главы управлений», «главы районов»: heads of something other than the city. */
    private static boolean isOtherHeads(String w) {
        for (String stem : List.of("управлен", "район", "комитет", "отдел", "поселен", "ведомств", "департамент", "служб",
                "учрежден", "предприят", "администраций", "сел", "семей", "семь", "государств", "регион", "субъект", "муниципалитетов")) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The town's council: «Думы». */
    private static final java.util.Set<String> COUNCIL = java.util.Set.of("думы", "думе");

    /** «сообщества Думы», «страница … городской Думы»: an account word right before, not «трансляции заседаний Думы». */
    private static boolean accountBefore(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            if (Lexicon.isAccountWord(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** «заместителей», «замов», «замглавы»: the head's deputies. */
    private static boolean isDeputy(String w) {
        return w.startsWith("заместител") || w.equals("зам") || w.equals("зама") || w.equals("замов") || w.equals("замы")
                || w.startsWith("замглав");
    }

    /** The words before token i make it no owner: «пресс-служба администрации», «с участием мэра», «по инициативе отдела». */
    static boolean excludedBefore(List<Token> tokens, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
            String w = tokens.get(j).lower();
            if (w.startsWith("служб") || w.startsWith("сайт") || w.startsWith("портал") || w.equals("пресс")
                    || w.startsWith("здани") || w.startsWith("сотрудник") || w.startsWith("специалист")
                    || w.startsWith("участи") // «с участием мэра», «при участии главы»: a guest, not an owner
                    || w.startsWith("распоряжени") || w.startsWith("постановлени") || w.startsWith("приказ")
                    || w.startsWith("поручени") || w.startsWith("инициатив") // an act's, an instruction's or an idea's author
                    || w.startsWith("поддержк") || w.startsWith("содействи")) { // «при методической поддержке отдела»: a helper
                return true;
            }
        }
        return false;
    }
}
