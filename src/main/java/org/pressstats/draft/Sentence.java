package org.pressstats.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pressstats.report.Owner;
import org.pressstats.report.Platform;

/**
 * One sentence's tokens and its parts: items (between commas, semicolons, slashes, colons and brackets),
 * clauses (between semicolons, slashes and brackets), the head before a colon, brackets and quotes.
 */
final class Sentence {

    /** Tokens on either side of a number that its rules read; a list hundreds of lines long stays linear. */
    static final int WINDOW = 80;

    final int index;
    final int paragraph;
    final Layout.Span span;
    final List<Token> tokens;
    final List<NumberMention> numbers;
    private final int[] item;
    private final int[] clause;
    private final int[] bracket;
    private final int[] bullet;
    private final boolean[] quoted;
    private final int colon;
    private final Map<String, List<Integer>> byStem = new HashMap<>();
    private final Map<Integer, Integer> parentClause = new HashMap<>();
    private final ListLines.Nesting nesting = new ListLines.Nesting();
    private final NumberMention[] numberOf;
    private final boolean tableRow;
    private final Names names;

    Sentence(int index, int paragraph, Layout.Span span, List<Token> tokens) {
        this.index = index;
        this.paragraph = paragraph;
        this.span = span;
        this.tokens = tokens;
        this.numbers = NumberReader.read(tokens);
        int n = tokens.size();
        numberOf = new NumberMention[n];
        for (NumberMention m : numbers) {
            java.util.Arrays.fill(numberOf, m.first(), m.last() + 1, m);
        }
        tableRow = tokens.stream().anyMatch(Token::isColumnBreak);
        item = new int[n];
        clause = new int[n];
        bracket = new int[n];
        bullet = new int[n];
        quoted = new boolean[n];
        // brackets: which group each token is in; only groups that hold a number are parts of their own
        int groups = 0;
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.is("(") || t.is("[")) {
                open.push(++groups);
            }
            bracket[i] = open.isEmpty() ? -1 : open.peek();
            if ((t.is(")") || t.is("]")) && !open.isEmpty()) {
                open.pop();
            }
        }
        java.util.Set<Integer> withNumbers = new java.util.HashSet<>();
        for (NumberMention m : numbers) {
            if (bracket[m.first()] >= 0) {
                withNumbers.add(bracket[m.first()]);
            }
        }
        int ids = 0;
        java.util.ArrayDeque<int[]> outer = new java.util.ArrayDeque<>();
        int currentItem = 0;
        int currentClause = 0;
        int bullets = 0;
        boolean inQuote = false;
        boolean[] speech = Speech.opens(tokens);
        int firstColon = -1;
        boolean firstLine = true;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            boolean ownPart = bracket[i] >= 0 && withNumbers.contains(bracket[i]);
            // separators inside a number («1,5 млн») or inside a bracket without numbers («(мэр, заместители)») split nothing
            boolean separates = numberAt(i) == null && (bracket[i] < 0 || withNumbers.contains(bracket[i]))
                    && !(t.is("/") && i > 0 && i + 1 < n && numberAt(i - 1) != null && numberAt(i + 1) != null) // «4 120 / 5 030»
                    && !(t.is("/") && i > 0 && i + 1 < n && joinsWords(tokens.get(i - 1), t, tokens.get(i + 1))); // «главы/замов»
            // after a list head «…:», semicolons end items, not the list
            boolean inList = firstColon >= 0 && bracket[i] < 0;
            if ((t.is("(") || t.is("[")) && ownPart) {
                outer.push(new int[] { currentItem, currentClause });
                currentItem = ++ids;
                parentClause.put(++ids, currentClause);
                currentClause = ids;
            } else if (separates && (t.isAnyOf(";/") || endsAStatement(tokens, i)) && !t.isColumnBreak()
                    && !(inList && ListLines.ends(tokens, i)) // «teлеграм 1,190. у главы …»: a full stop the splitter kept ends a clause
                    || i > 0 && t.lineBreakBefore() && ListLines.opens(tokens, i) && (separates || t.isDigits() && bracket[i] < 0)) {
                // «…, ед.: 1 362» / «2. Количество фоторепортажей»: an item's marker number opens the next item too
                currentItem = ++ids;
                currentClause = ++ids;
                if (t.lineBreakBefore()) {
                    nesting.open(++bullets, t);
                }
            } else if (i == 0 && ListLines.opens(tokens, i)) {
                nesting.open(++bullets, t);
            } else if (separates && (t.isAnyOf(",:;") || t.isColumnBreak()) && !inQuote) {
                currentItem = ++ids;
            }
            if (t.is("«") || t.is("„")) {
                inQuote = !speech[i];
            } else if (t.is("»") || t.is("“")) {
                inQuote = false;
            } else if (t.is("\"")) {
                inQuote = !inQuote;
            }
            // «3. Социальные сети администрации» over «3.1. ВКонтакте — 59 тыс.»: a line of words heads the list below it, an
            // account's name in quotes at its end too («1. ВКонтакте — группа «Администрация г. Ливны»»)
            boolean headEnds = firstColon < 0 && firstLine && i > 0 && t.lineBreakBefore() && ListLines.opens(tokens, i)
                    && (tokens.get(i - 1).isWord() || tokens.get(i - 1).isAnyOf("»\"“")) && !countsBefore(i) && !inQuote;
            firstLine &= i == 0 || !t.lineBreakBefore();
            // «3) Соцсети администрации:» heads a list though its own line opens with a marker
            if (t.is(":") && firstColon < 0 && bracket[i] < 0 && !inQuote && (bullets == 0 || firstLine) || headEnds) {
                firstColon = i;
            }
            item[i] = currentItem;
            clause[i] = currentClause;
            bullet[i] = bullets;
            quoted[i] = inQuote && !t.is("«") && !t.is("\"");
            if ((t.is(")") || t.is("]")) && ownPart && !outer.isEmpty()) {
                int[] back = outer.pop();
                currentItem = back[0];
                currentClause = back[1];
            }
            if (t.isWord()) {
                byStem.computeIfAbsent(t.stem(), k -> new ArrayList<>()).add(i);
                String shorter = shorter(t.stem());
                if (shorter != null && !shorter.equals(t.stem())) {
                    byStem.computeIfAbsent(shorter, k -> new ArrayList<>()).add(i);
                }
            }
        }
        colon = firstColon;
        names = new Names(tokens, quoted);
    }

    /** A number before token i other than the marker of a list line. */
    private boolean countsBefore(int i) {
        for (NumberMention m : numbers) {
            boolean marker = ListLines.opens(tokens, m.first()) && (m.first() == 0 || tokens.get(m.first()).lineBreakBefore());
            if (m.first() < i && !marker) {
                return true;
            }
        }
        return false;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** A full stop after a number that does not open its line (no item's marker «3.»): «teлеграм 1,190. у главы …». */
    private boolean endsAStatement(List<Token> tokens, int i) {
        NumberMention before = i > 0 ? numberOf[i - 1] : null;
        return tokens.get(i).is(".") && before != null && before.first() > 0 && !tokens.get(before.first()).lineBreakBefore();
    }

    /** «главы/замов», «школ/ДК»: a slash between two words, touching both, joins them as «и» or «или» does. */
    private static boolean joinsWords(Token before, Token slash, Token after) {
        return before.isWord() && after.isWord() && slash.gap().isEmpty() && after.gap().isEmpty()
                && Lexicon.platform(before) == null && Lexicon.platform(after) == null;
    }

    boolean sameItem(int a, int b) {
        return item[a] == item[b];
    }

    boolean sameClause(int a, int b) {
        return clause[a] == clause[b];
    }

    /** Token b is in a's clause, or in the clause around the bracket that a is in. */
    boolean inClauseAround(int a, int b) {
        return clause[a] == clause[b] || parentClause.getOrDefault(clause[a], -1) == clause[b];
    }

    /** The bracket group a token is in, or -1. */
    int bracket(int i) {
        return bracket[i];
    }

    boolean quoted(int i) {
        return quoted[i];
    }

    boolean inBulletLine(int a) {
        return bullet[a] > 0;
    }

    /** Token b is in a's line of a bulleted list. */
    boolean sameBullet(int a, int b) {
        return bullet[b] == bullet[a];
    }

    /** Token b is in a's line of a bulleted list, the line that one is nested under, or the lines before the list. */
    boolean sameBulletOrIntro(int a, int b) {
        return bullet[b] == bullet[a] || bullet[b] == 0 || nesting.parent(bullet[a]) == bullet[b];
    }

    /** Both tokens come after the sentence's first colon: items of one list. */
    boolean inListAfterHead(int a, int b) {
        return colon >= 0 && a > colon && b > colon && bracket[a] < 0 && bracket[b] < 0;
    }

    /** Tokens before the sentence's first colon, when token i comes after it: the head of a list. */
    boolean inHeadOf(int head, int i) {
        return colon >= 0 && head < colon && i > colon;
    }

    int colon() {
        return colon;
    }

    /** A stem less its last letter, for stems long enough that this does not make another word; else null. */
    static String shorter(String stem) {
        return stem.length() > 5 ? stem.substring(0, stem.length() - 1) : null;
    }

    /** Positions of a stem in this sentence, and of the stems one letter longer. */
    List<Integer> positions(String stem) {
        return byStem.getOrDefault(stem, List.of());
    }

    /** Positions of a stem (or one a letter longer) within {@code radius} tokens of token i, nearest range only. */
    List<Integer> positionsNear(String stem, int i, int radius) {
        List<Integer> all = positions(stem);
        int lo = java.util.Collections.binarySearch(all, i - radius);
        lo = lo < 0 ? -lo - 1 : lo;
        int hi = java.util.Collections.binarySearch(all, i + radius);
        hi = hi < 0 ? -hi - 1 : hi + 1;
        return all.subList(lo, Math.max(lo, hi));
    }

    /** The number mention that token i is part of, or null. */
    NumberMention numberAt(int i) {
        return numberOf[i];
    }

    boolean isTableRow() {
        return tableRow;
    }

    /** The owner token i names (see {@link Names}). */
    Owner owner(int i) {
        return names.owner(i);
    }

    /** The text names its mayor: a form of this surname stem is the mayor's. */
    Sentence withMayor(String surnameStem) {
        names.mayor(surnameStem);
        return this;
    }

    /** The platform token i names, read once per sentence. */
    Platform platform(int i) {
        return names.platform(i);
    }

    /** The numbers whose first token lies within the window around token i. */
    List<NumberMention> numbersNear(int i) {
        List<NumberMention> near = new ArrayList<>();
        int lo = 0;
        int hi = numbers.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (numbers.get(mid).first() < from(i)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < numbers.size() && numbers.get(k).first() < to(i); k++) {
            near.add(numbers.get(k));
        }
        return near;
    }

    /** The first token a rule looks at around token i: a sentence's context reaches so far and no farther. */
    int from(int i) {
        return Math.max(0, i - WINDOW);
    }

    /** After the last token a rule looks at around token i. */
    int to(int i) {
        return Math.min(tokens.size(), i + WINDOW);
    }

}
