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
        if (tokens.stream().noneMatch(Token::isColumnBreak)) {
            return; // no table's row
        }
        for (int k = 0; k < found.size(); k++) {
            NumberMention m = found.get(k);
            long factor = rowScale(tokens, m.first());
            if (factor > 0 && NumberReader.isBare(m, tokens)) {
                found.set(k, m.times(factor));
            }
        }
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
