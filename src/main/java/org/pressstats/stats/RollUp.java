package org.pressstats.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.pressstats.report.Owner;
import org.pressstats.report.Platform;
import org.pressstats.report.Qualifier;

/**
 * Rolls one report's figures of one metric up to every level without double counting.
 * A level's value is the figure reported at that level if there is one, otherwise the sum of the
 * finer figures under it: an owner is the sum of its accounts, a platform the sum of the owners'
 * accounts on it. The city total is the reported total, else the sum over owners (when no figure is
 * given for a platform across owners) or over platforms (when none is given for an owner across
 * platforms); when the report mixes both, neither sum is complete and the larger is kept as AT_LEAST.
 * Growth figures are summed only when their baselines agree.
 */
public final class RollUp {

    /** The levels at which a value is kept: the city, an owner, a platform, one account. */
    public enum Level { TOTAL, OWNER, PLATFORM, ACCOUNT }

    /** One figure as the roll-up needs it. */
    public record Input(Owner owner, Platform platform, long value, Qualifier qualifier, String baseline) {
    }

    /**
     * A rolled-up value. {@code value} is null when growth figures with different baselines would
     * have to be added; {@code reported} is true when a figure was given at exactly this level.
     */
    public record Row(Level level, Owner owner, Platform platform, Long value, Qualifier qualifier, String baseline,
            boolean reported) {
    }

    private RollUp() {
    }

    /** All levels of one metric of one report, the total first. Empty input gives no rows. */
    public static List<Row> of(List<Input> figures) {
        if (figures.isEmpty()) {
            return List.of();
        }
        Input total = null;
        Map<Owner, Input> ownerFigures = new LinkedHashMap<>();
        Map<Platform, Input> platformFigures = new LinkedHashMap<>();
        List<Input> accounts = new ArrayList<>();
        for (Input f : figures) {
            if (f.owner() == null && f.platform() == null) {
                total = f;
            } else if (f.platform() == null) {
                ownerFigures.put(f.owner(), f);
            } else if (f.owner() == null) {
                platformFigures.put(f.platform(), f);
            } else {
                accounts.add(f);
            }
        }
        List<Row> accountRows = accounts.stream()
                .map(a -> new Row(Level.ACCOUNT, a.owner(), a.platform(), a.value(), a.qualifier(), a.baseline(), true)).toList();
        List<Row> ownerRows = level(ownerFigures, accounts, Input::owner,
                (o, r) -> new Row(Level.OWNER, o, null, r.value(), r.qualifier(), r.baseline(), r.reported()));
        List<Row> platformRows = level(platformFigures, accounts, Input::platform,
                (p, r) -> new Row(Level.PLATFORM, null, p, r.value(), r.qualifier(), r.baseline(), r.reported()));

        Row totalRow;
        if (total != null) {
            totalRow = reported(total);
        } else if (platformFigures.isEmpty()) {
            totalRow = asTotal(sum(ownerRows));
        } else if (ownerFigures.isEmpty()) {
            totalRow = asTotal(sum(platformRows));
        } else {
            Row byOwner = sum(ownerRows);
            Row byPlatform = sum(platformRows);
            Row larger = byOwner.value() == null || byPlatform.value() == null ? byOwner
                    : byOwner.value() >= byPlatform.value() ? byOwner : byPlatform;
            Qualifier q = QualifiedMath.combine(List.of(byOwner.qualifier(), byPlatform.qualifier(), Qualifier.AT_LEAST));
            totalRow = new Row(Level.TOTAL, null, null, larger.value(), q, larger.baseline(), false);
        }

        List<Row> rows = new ArrayList<>();
        rows.add(totalRow);
        rows.addAll(ownerRows);
        rows.addAll(platformRows);
        rows.addAll(accountRows);
        return rows;
    }

    /** One row per key: the figure given for it, else the sum of the accounts under it. */
    private static <K> List<Row> level(Map<K, Input> given, List<Input> accounts, Function<Input, K> key,
            BiFunction<K, Row, Row> make) {
        Map<K, List<Row>> fromAccounts = new LinkedHashMap<>();
        for (Input a : accounts) {
            fromAccounts.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(reported(a));
        }
        Set<K> keys = new LinkedHashSet<>(given.keySet());
        keys.addAll(fromAccounts.keySet());
        List<Row> rows = new ArrayList<>();
        for (K k : keys) {
            Input figure = given.get(k);
            rows.add(make.apply(k, figure != null ? reported(figure) : sum(fromAccounts.get(k))));
        }
        return rows;
    }

    private static Row reported(Input f) {
        return new Row(Level.TOTAL, null, null, f.value(), f.qualifier(), f.baseline(), true);
    }

    private static Row sum(List<Row> rows) {
        String baseline = rows.get(0).baseline();
        boolean sameBaseline = true;
        boolean complete = true;
        long total = 0;
        Qualifier qualifier = Qualifier.EXACT;
        for (Row row : rows) { // one pass: a breakdown sums the parts of every city
            sameBaseline &= Objects.equals(row.baseline(), baseline);
            if (row.value() == null) {
                complete = false;
            } else {
                total += row.value();
            }
            qualifier = QualifiedMath.combine(qualifier, row.qualifier());
        }
        return new Row(Level.TOTAL, null, null, sameBaseline && complete ? total : null, qualifier,
                sameBaseline ? baseline : null, false);
    }

    private static Row asTotal(Row sum) {
        return new Row(Level.TOTAL, null, null, sum.value(), sum.qualifier(), sum.baseline(), false);
    }

    /**
     * What a value holds beyond the groups it is broken down into (an owner's accounts, a city's
     * owners): nothing when the value is the sum of those very groups, else the difference, which is
     * APPROXIMATE unless both sides are exact. A breakdown lists it as not attributable to any group.
     */
    public static Optional<Row> unattributed(Row whole, List<Row> groups) {
        if (whole.value() == null) {
            return Optional.empty();
        }
        if (groups.isEmpty()) {
            return Optional.of(whole);
        }
        Row attributed = sum(groups);
        if (attributed.value() == null) {
            return Optional.empty();
        }
        if (!whole.reported() && attributed.value().equals(whole.value()) && attributed.qualifier() == whole.qualifier()) {
            return Optional.empty();
        }
        long rest = Math.max(0, whole.value() - attributed.value());
        Qualifier q = QualifiedMath.ofDifference(whole.qualifier(), attributed.qualifier());
        if (rest == 0 && q == Qualifier.EXACT) {
            return Optional.empty();
        }
        return Optional.of(new Row(whole.level(), whole.owner(), whole.platform(), rest, q, whole.baseline(), false));
    }
}
