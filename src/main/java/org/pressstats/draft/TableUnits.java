package org.pressstats.draft;

import java.util.List;

/** A table's unit written apart from its numbers: in a unit column, at the end of a row's label, in a column's header. */
final class TableUnits {

    private TableUnits() {
    }

    /**
     * «Просмотры новостей | тыс. | 590», «Подписчики, тыс. | 18,2 | 20,3»: in a table's row, a scale that ends a cell
     * without digits (the label or a unit column) belongs to the bare numbers of the cells after it.
     */
    static void scale(List<Token> tokens, List<NumberMention> found) {
        boolean row = tokens.stream().anyMatch(Token::isColumnBreak);
        for (int k = 0; k < found.size(); k++) {
            NumberMention m = found.get(k);
            long factor = row ? rowScale(tokens, m.first()) : labelScale(tokens, m.first());
            if (factor > 0 && NumberReader.isBare(m, tokens)) {
                found.set(k, m.times(factor));
            }
        }
    }

    /**
     * «Количество просмотров новостей, тыс. просмотров — 402,7», «…, тыс. — св. 1 900»: the unit that ends a line's label,
     * after its comma, scales the number after the label's dash or colon; or 0.
     */
    static long labelScale(List<Token> tokens, int number) {
        int i = number - 1;
        while (i >= 0 && (tokens.get(i).is(".") || Precision.isQualifierWord(tokens.get(i).lower())
                || Precision.isAbbreviatedQualifier(tokens.get(i).text()))) {
            i--; // «св.», «более», «около»
        }
        if (i < 1 || !tokens.get(i).isAnyOf("—–-:")) {
            return 0;
        }
        int comma = i - 1;
        while (comma >= 0 && i - comma <= 4 && !tokens.get(comma).is(",") && !tokens.get(comma).isDigits()) {
            comma--;
        }
        return comma >= 0 && tokens.get(comma).is(",") ? cellScale(tokens.subList(comma + 1, i)) : 0;
    }

    /** The scale that ends the last cell without digits before token {@code before} of a table's row, or 0. */
    static long rowScale(List<Token> tokens, int before) {
        long factor = 0;
        boolean digits = false;
        for (int j = 0; j < before; j++) {
            if (tokens.get(j).isColumnBreak()) {
                long scale = digits ? 0 : cellScale(tokens.subList(0, j));
                factor = scale > 0 ? scale : factor;
                digits = false;
            } else {
                digits |= tokens.get(j).isDigits();
            }
        }
        return factor;
    }

    /** The scale word or abbreviation that ends a cell («Просмотры, тыс.», «млн»), or its unit's («тыс. просмотров»), or 0. */
    static long cellScale(List<Token> cell) {
        int words = 0;
        for (int i = cell.size() - 1; i >= 0 && words < 2; i--) {
            if (cell.get(i).is(".")) {
                continue;
            }
            if (!cell.get(i).isWord()) {
                return 0;
            }
            long scale = NumberWords.scale(cell.get(i).lower());
            if (scale > 0) {
                return scale;
            }
            words++;
        }
        return 0;
    }
}
