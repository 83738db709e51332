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
    void minMaxMeanMedianCarryTheQualifierOfAllInputs() {
        List<Qualified> values = List.of(exact(10), atLeast(40), exact(20));
        assertEquals(atLeast(10), QualifiedMath.min(values));
        assertEquals(atLeast(40), QualifiedMath.max(values));
        assertEquals(new Qualified(new BigDecimal("23.33"), Qualifier.AT_LEAST), QualifiedMath.mean(values));
        assertEquals(atLeast(20), QualifiedMath.median(values));
        assertEquals(new Qualified(new BigDecimal("15"), Qualifier.EXACT), QualifiedMath.median(List.of(exact(10), exact(20))));
        assertNull(QualifiedMath.mean(List.of()));
    }

    @Test
    void summaryAgreesWithEachDescriptorAlone() {
        List<List<Qualified>> cases = List.of(List.of(exact(10), atLeast(40), exact(20)), List.of(exact(10), exact(20)),
                List.of(about(7)), List.of(atLeast(5), exact(-3), about(11), exact(0)), List.of(exact(3), exact(3)),
                List.of(exact(Long.MAX_VALUE), exact(Long.MAX_VALUE), exact(1)),
                List.of(new Qualified(new BigDecimal("2.5"), Qualifier.EXACT), exact(1), exact(4), exact(2)));
        for (List<Qualified> values : cases) {
            QualifiedMath.Summary summary = QualifiedMath.summarize(values);
            assertEquals(QualifiedMath.sum(values), summary.sum(), values.toString());
            assertEquals(QualifiedMath.min(values), summary.min(), values.toString());
            assertEquals(QualifiedMath.max(values), summary.max(), values.toString());
            assertEquals(QualifiedMath.mean(values), summary.mean(), values.toString());
            assertEquals(QualifiedMath.median(values), summary.median(), values.toString());
        }
        assertNull(QualifiedMath.summarize(List.of()));
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
