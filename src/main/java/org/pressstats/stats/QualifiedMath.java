package org.pressstats.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.pressstats.report.Qualifier;

/**
 * Arithmetic that carries precision through honestly. A sum, min, max, mean or median is EXACT only
 * when every input is; AT_LEAST when any input is AT_LEAST and none APPROXIMATE; APPROXIMATE when any
 * input is. A difference or a ratio with any inexact input is APPROXIMATE.
 */
public final class QualifiedMath {

    /** Decimal places kept for means, ratios and percentages. */
    public static final int SCALE = 2;

    private QualifiedMath() {
    }

    /** The qualifier of a sum, min, max, mean or median of values with these qualifiers. */
    public static Qualifier combine(Collection<Qualifier> qualifiers) {
        Qualifier result = Qualifier.EXACT;
        for (Qualifier q : qualifiers) {
            result = combine(result, q);
        }
        return result;
    }

    /** The qualifier of a sum of two values with these qualifiers. */
    public static Qualifier combine(Qualifier a, Qualifier b) {
        return a == Qualifier.APPROXIMATE || b == Qualifier.EXACT ? a : b;
    }

    /** Sum, min, max, mean and median of the same values, each with the qualifier of them all. */
    public record Summary(Qualified sum, Qualified min, Qualified max, Qualified mean, Qualified median) {
    }

    /**
     * The five at once, of whole values read off the items without a number object for each: the sum and the
     * qualifier as {@link #sum(List, ToLongFunction, Function)} gives them, one sort of longs for the bounds and the
     * median, as a dashboard's totals over every city ask all five. Null for an empty list: there is nothing to describe.
     */
    public static <T> Summary summarize(List<T> items, ToLongFunction<T> value, Function<T, Qualifier> qualifier) {
        if (items.isEmpty()) {
            return null;
        }
        Qualified sum = sum(items, value, qualifier);
        Qualifier combined = sum.qualifier();
        long[] whole = new long[items.size()];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = value.applyAsLong(items.get(i));
        }
        Arrays.sort(whole);
        int n = whole.length;
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(whole[n / 2]) : BigDecimal.valueOf(whole[n / 2 - 1])
                .add(BigDecimal.valueOf(whole[n / 2])).divide(BigDecimal.valueOf(2), SCALE, RoundingMode.HALF_UP);
        BigDecimal mean = sum.value().divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_UP);
        return new Summary(sum, Qualified.of(whole[0], combined), Qualified.of(whole[n - 1], combined),
                new Qualified(plain(mean), combined), new Qualified(plain(median), combined));
    }

    /** The sum of whole values, as {@link #sum(List)}, read off the items without a number object for each. */
    public static <T> Qualified sum(List<T> items, ToLongFunction<T> value, Function<T, Qualifier> qualifier) {
        WholeSum total = new WholeSum();
        Qualifier combined = Qualifier.EXACT;
        for (T item : items) {
            total.add(value.applyAsLong(item));
            combined = combine(combined, qualifier.apply(item));
        }
        return new Qualified(total.value(), combined);
    }

    // a sum of longs kept in a long while it fits, then as a BigDecimal: figures are whole and rarely that large
    private static final class WholeSum {
        private long small;
        private BigDecimal big;

        void add(long value) {
            if (big == null) {
                long sum = small + value;
                if (((small ^ sum) & (value ^ sum)) >= 0) {
                    small = sum;
                    return;
                }
                big = BigDecimal.valueOf(small);
            }
            big = big.add(BigDecimal.valueOf(value));
        }

        BigDecimal value() {
            return big != null ? big : BigDecimal.valueOf(small);
        }
    }

    /** The qualifier of a difference or ratio of two values. */
    public static Qualifier ofDifference(Qualifier a, Qualifier b) {
        return a == Qualifier.EXACT && b == Qualifier.EXACT ? Qualifier.EXACT : Qualifier.APPROXIMATE;
    }

    public static Qualified sum(List<Qualified> values) {
        BigDecimal total = BigDecimal.ZERO;
        Qualifier qualifier = Qualifier.EXACT;
        for (Qualified value : values) {
            total = total.add(value.value());
            qualifier = combine(qualifier, value.qualifier());
        }
        return new Qualified(total, qualifier);
    }

    public static Qualified difference(Qualified later, Qualified earlier) {
        return new Qualified(later.value().subtract(earlier.value()), ofDifference(later.qualifier(), earlier.qualifier()));
    }

    /** (later − earlier) / earlier × 100; null when the earlier value is zero. */
    public static Qualified percentChange(Qualified later, Qualified earlier) {
        if (earlier.value().signum() == 0) {
            return null;
        }
        BigDecimal percent = later.value().subtract(earlier.value()).multiply(BigDecimal.valueOf(100))
                .divide(earlier.value(), SCALE, RoundingMode.HALF_UP);
        return new Qualified(plain(percent), ofDifference(later.qualifier(), earlier.qualifier()));
    }

    /** value per 1 000 residents; the population is exact, so only the value's precision matters. */
    public static Qualified perThousand(Qualified value, long population) {
        BigDecimal ratio = value.value().multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(population), new MathContext(34)).setScale(SCALE, RoundingMode.HALF_UP);
        return new Qualified(plain(ratio), ofDifference(value.qualifier(), Qualifier.EXACT));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
