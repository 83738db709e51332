package org.pressstats.draft;

/** What a number's sentence says makes it no result of the year: a value it corrects, a plan, another year's, a part. */
final class NotOfTheYear {

    private NotOfTheYear() {
    }

    /** @param pairAbove the years of the «A / B» pairs in the lines above, or null */
    static Reason reason(Sentence s, NumberMention n, Integer year, int[] pairAbove) {
        if (Corrections.isCorrected(s, n)) {
            return Reason.CORRECTED;
        }
        if (NextYear.said(s, n, year) || NextYear.isThePlan(s, n) || NextYear.inAChecklist(s, n)) {
            return Reason.PLANS;
        }
        if (OtherYear.said(s, n, year, pairAbove)) {
            return Reason.OTHER_YEAR;
        }
        return Neighbourhood.isPartOfTheNumberBefore(s, n) ? Reason.PART : null;
    }
}
