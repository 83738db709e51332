package org.pressstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pressstats.report.Owner.ADMINISTRATION;
import static org.pressstats.report.Owner.MAYOR;
import static org.pressstats.report.Platform.OK;
import static org.pressstats.report.Platform.TELEGRAM;
import static org.pressstats.report.Platform.VIBER;
import static org.pressstats.report.Platform.VK;
import static org.pressstats.report.Qualifier.APPROXIMATE;
import static org.pressstats.report.Qualifier.AT_LEAST;
import static org.pressstats.report.Qualifier.EXACT;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pressstats.report.Owner;
import org.pressstats.report.Platform;
import org.pressstats.report.Qualifier;
import org.pressstats.stats.RollUp.Input;
import org.pressstats.stats.RollUp.Level;
import org.pressstats.stats.RollUp.Row;

class RollUpTest {

    private static Input in(Owner o, Platform p, long v, Qualifier q) {
        return new Input(o, p, v, q, null);
    }

    private static Row row(List<Row> rows, Level level, Owner o, Platform p) {
        return rows.stream().filter(r -> r.level() == level && r.owner() == o && r.platform() == p).findFirst().orElseThrow();
    }

    private static final List<Input> BRATSK_SUBSCRIBERS = List.of(
            in(MAYOR, TELEGRAM, 3672, EXACT), in(MAYOR, VK, 10100, EXACT), in(MAYOR, OK, 2036, EXACT),
            in(ADMINISTRATION, TELEGRAM, 990, EXACT), in(ADMINISTRATION, VK, 8440, EXACT),
            in(ADMINISTRATION, OK, 5500, EXACT), in(ADMINISTRATION, VIBER, 4978, EXACT));

    @Test
    void accountsAddUpToOwnersPlatformsAndTheCity() {
        List<Row> rows = RollUp.of(BRATSK_SUBSCRIBERS);
        assertEquals(35716L, row(rows, Level.TOTAL, null, null).value());
        assertFalse(row(rows, Level.TOTAL, null, null).reported());
        assertEquals(15808L, row(rows, Level.OWNER, MAYOR, null).value());
        assertEquals(19908L, row(rows, Level.OWNER, ADMINISTRATION, null).value());
        assertEquals(18540L, row(rows, Level.PLATFORM, null, VK).value());
        assertEquals(4978L, row(rows, Level.ACCOUNT, ADMINISTRATION, VIBER).value());
        assertEquals(EXACT, row(rows, Level.TOTAL, null, null).qualifier());
    }

    @Test
    void aReportedTotalIsNotAddedToTheFiguresInsideIt() {
        List<Row> rows = RollUp.of(List.of(in(null, null, 25000, AT_LEAST), in(MAYOR, TELEGRAM, 10000, AT_LEAST)));
        Row total = row(rows, Level.TOTAL, null, null);
        assertEquals(25000L, total.value());
        assertTrue(total.reported());
        assertEquals(10000L, row(rows, Level.OWNER, MAYOR, null).value());
        Optional<Row> rest = RollUp.unattributed(total, List.of(row(rows, Level.OWNER, MAYOR, null)));
        assertEquals(15000L, rest.orElseThrow().value());
        assertEquals(APPROXIMATE, rest.orElseThrow().qualifier());
    }

    @Test
    void anOwnerFigureWinsOverItsAccounts() {
        List<Row> rows = RollUp.of(List.of(in(MAYOR, null, 100, EXACT), in(MAYOR, VK, 60, EXACT), in(ADMINISTRATION, VK, 5, EXACT)));
        assertEquals(100L, row(rows, Level.OWNER, MAYOR, null).value());
        assertEquals(105L, row(rows, Level.TOTAL, null, null).value());
        assertEquals(65L, row(rows, Level.PLATFORM, null, VK).value());
    }

    @Test
    void onlyPlatformFiguresAddUpByPlatform() {
        List<Row> rows = RollUp.of(List.of(in(null, VK, 2, EXACT), in(null, TELEGRAM, 3, EXACT)));
        assertEquals(5L, row(rows, Level.TOTAL, null, null).value());
        assertTrue(RollUp.unattributed(row(rows, Level.TOTAL, null, null), List.of()).isPresent());
    }

    @Test
    void mixedOwnerAndPlatformFiguresGiveTheLargerSumAsAtLeast() {
        List<Row> rows = RollUp.of(List.of(in(MAYOR, null, 100, EXACT), in(null, VK, 150, EXACT)));
        Row total = row(rows, Level.TOTAL, null, null);
        assertEquals(150L, total.value());
        assertEquals(AT_LEAST, total.qualifier());
    }

    @Test
    void qualifiersPropagateUpwards() {
        List<Row> rows = RollUp.of(List.of(in(MAYOR, VK, 10, EXACT), in(MAYOR, OK, 20, APPROXIMATE), in(ADMINISTRATION, VK, 5, AT_LEAST)));
        assertEquals(APPROXIMATE, row(rows, Level.OWNER, MAYOR, null).qualifier());
        assertEquals(AT_LEAST, row(rows, Level.OWNER, ADMINISTRATION, null).qualifier());
        assertEquals(AT_LEAST, row(rows, Level.PLATFORM, null, VK).qualifier());
        assertEquals(APPROXIMATE, row(rows, Level.TOTAL, null, null).qualifier());
    }

    @Test
    void growthIsAddedOnlyWhenBaselinesAgree() {
        List<Row> same = RollUp.of(List.of(new Input(MAYOR, null, 5000, EXACT, "2023-01-01"),
                new Input(ADMINISTRATION, null, 8200, EXACT, "2023-01-01")));
        assertEquals(13200L, row(same, Level.TOTAL, null, null).value());
        assertEquals("2023-01-01", row(same, Level.TOTAL, null, null).baseline());
        List<Row> differ = RollUp.of(List.of(new Input(MAYOR, null, 5000, EXACT, "2022"),
                new Input(ADMINISTRATION, null, 8200, EXACT, "2023-01-01")));
        assertNull(row(differ, Level.TOTAL, null, null).value());
        assertEquals(5000L, row(differ, Level.OWNER, MAYOR, null).value());
    }

    @Test
    void groupsThatMakeUpTheWholeLeaveNothingUnattributed() {
        List<Row> rows = RollUp.of(BRATSK_SUBSCRIBERS);
        Row total = row(rows, Level.TOTAL, null, null);
        List<Row> owners = List.of(row(rows, Level.OWNER, MAYOR, null), row(rows, Level.OWNER, ADMINISTRATION, null));
        assertTrue(RollUp.unattributed(total, owners).isEmpty());
        assertTrue(RollUp.of(List.of()).isEmpty());
    }
}
