package org.pressstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressstats.report.Qualifier;

class QualifiedMathTest {

    private static Qualified exact(long v) {
        return Qualified.of(v, Qualifier.EXACT);
    }

    private static Qualified atLeast(long v) {
        return Qualified.of(v, Qualifier.AT_LEAST);
    }

    private static Qualified about(long v) {
        return Qualified.of(v, Qualifier.APPROXIMATE);
    }

    @Test
    void sumIsExactOnlyWhenEveryInputIs() {
        assertEquals(new Qualified(new BigDecimal(4945), Qualifier.EXACT), QualifiedMath.sum(List.of(exact(3415), exact(1530))));
        assertEquals(Qualifier.AT_LEAST, QualifiedMath.sum(List.of(exact(35716), atLeast(25000))).qualifier());
        assertEquals(Qualifier.APPROXIMATE, QualifiedMath.sum(List.of(atLeast(500), about(220), exact(1))).qualifier());
        assertEquals(0, QualifiedMath.sum(List.of()).value().intValueExact());
    }

    @Test
    void aSumReadOffItemsAgreesWithTheSumOfTheirQualifiedValues() {
        List<List<Qualified>> cases = List.of(List.of(exact(3415), exact(1530)), List.of(exact(35716), atLeast(25000)),
                List.of(atLeast(500), about(220), exact(1)), List.of(about(7), atLeast(3)), List.of(),
                List.of(exact(Long.MAX_VALUE), atLeast(Long.MAX_VALUE), exact(2)));
        for (List<Qualified> values : cases) {
            assertEquals(QualifiedMath.sum(values),
                    QualifiedMath.sum(values, v -> v.value().longValueExact(), Qualified::qualifier), values.toString());
        }
    }

    @Test
    void minMaxMeanMedianCarryTheQualifierOfAllInputs() {
        List<Qualified> values = List.of(exact(10), atLeast(40), exact(20));
        QualifiedMath.Summary summary = summarize(values);
        assertEquals(atLeast(10), summary.min());
        assertEquals(atLeast(40), summary.max());
        assertEquals(new Qualified(new BigDecimal("23.33"), Qualifier.AT_LEAST), summary.mean());
        assertEquals(atLeast(20), summary.median());
        assertEquals(new Qualified(new BigDecimal("15"), Qualifier.EXACT), summarize(List.of(exact(10), exact(20))).median());
        assertNull(summarize(List.of()));
    }

    @Test
    void summaryOfNegativeDecimalTiedAndHugeValues() {
        assertSummary(List.of(atLeast(5), exact(-3), about(11), exact(0)), Qualifier.APPROXIMATE, "13", "-3", "11", "3.25", "2.5");
        assertSummary(List.of(exact(3), exact(3)), Qualifier.EXACT, "6", "3", "3", "3", "3");
        assertSummary(List.of(about(7)), Qualifier.APPROXIMATE, "7", "7", "7", "7", "7");
        // a sum too large for a long
        assertSummary(List.of(exact(Long.MAX_VALUE), exact(Long.MAX_VALUE), exact(1)), Qualifier.EXACT,
                "18446744073709551615", "1", "9223372036854775807", "6148914691236517205", "9223372036854775807");
        assertSummary(List.of(exact(Long.MAX_VALUE - 1), exact(Long.MAX_VALUE)), Qualifier.EXACT,
                "18446744073709551613", "9223372036854775806", "9223372036854775807", "9223372036854775806.5",
                "9223372036854775806.5");
    }

    private static QualifiedMath.Summary summarize(List<Qualified> values) {
        return QualifiedMath.summarize(values, v -> v.value().longValueExact(), Qualified::qualifier);
    }

    private static void assertSummary(List<Qualified> values, Qualifier qualifier, String sum, String min, String max,
            String mean, String median) {
        QualifiedMath.Summary summary = summarize(values);
        String[] expected = { sum, min, max, mean, median };
        Qualified[] actual = { summary.sum(), summary.min(), summary.max(), summary.mean(), summary.median() };
        for (int i = 0; i < expected.length; i++) {
            assertEquals(new Qualified(new BigDecimal(expected[i]), qualifier), actual[i], values + ": descriptor " + i);
        }
        assertEquals(QualifiedMath.sum(values), summary.sum(), "the sum agrees with sum()");
    }

    @Test
    void differenceAndRatioWithAnInexactInputAreApproximate() {
        assertEquals(exact(5), QualifiedMath.difference(exact(15), exact(10)));
        assertEquals(Qualifier.APPROXIMATE, QualifiedMath.difference(atLeast(15), exact(10)).qualifier());
        assertEquals(new Qualified(new BigDecimal("50"), Qualifier.EXACT), QualifiedMath.percentChange(exact(15), exact(10)));
        assertEquals(Qualifier.APPROXIMATE, QualifiedMath.percentChange(exact(15), atLeast(10)).qualifier());
        assertNull(QualifiedMath.percentChange(exact(15), exact(0)));
        assertEquals(new Qualified(new BigDecimal("2.5"), Qualifier.EXACT), QualifiedMath.perThousand(exact(50), 20000));
        assertEquals(Qualifier.APPROXIMATE, QualifiedMath.perThousand(atLeast(50), 20000).qualifier());
    }
}
