package org.pressstats.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;

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
     * The five at once: one pass for the sum, the bounds and the qualifier, one sort for the median, as a dashboard's
     * totals over every city ask all five. Null for an empty list: there is nothing to describe.
     */
    public static Summary summarize(List<Qualified> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal[] numbers = new BigDecimal[values.size()];
        BigDecimal total = BigDecimal.ZERO;
        Qualifier qualifier = Qualifier.EXACT;
        for (int i = 0; i < numbers.length; i++) {
            Qualified v = values.get(i);
            numbers[i] = v.value();
            total = total.add(v.value());
            qualifier = combine(qualifier, v.qualifier());
        }
        IntFunction<BigDecimal> nth = sortedOrder(numbers);
        int n = numbers.length;
        BigDecimal median = n % 2 == 1 ? nth.apply(n / 2)
                : nth.apply(n / 2 - 1).add(nth.apply(n / 2)).divide(BigDecimal.valueOf(2), SCALE, RoundingMode.HALF_UP);
        BigDecimal mean = total.divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_UP);
        return new Summary(new Qualified(total, qualifier), new Qualified(nth.apply(0), qualifier),
                new Qualified(nth.apply(n - 1), qualifier), new Qualified(plain(mean), qualifier),
                new Qualified(plain(median), qualifier));
    }

    /** The i-th smallest of the numbers; figures are whole, and sorted as longs they sort several times faster. */
    private static IntFunction<BigDecimal> sortedOrder(BigDecimal[] numbers) {
        long[] whole = new long[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i].scale() != 0 || numbers[i].precision() > 18) {
                Arrays.sort(numbers);
                return i2 -> numbers[i2];
            }
            whole[i] = numbers[i].longValue();
        }
        Arrays.sort(whole);
        return i -> BigDecimal.valueOf(whole[i]);
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
