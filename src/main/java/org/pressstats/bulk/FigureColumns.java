package org.pressstats.bulk;

import java.util.List;
import java.util.Set;

import org.pressstats.city.CityDto;
import org.pressstats.report.FigureDto;
import org.pressstats.report.Owner;
import org.pressstats.report.Platform;
import org.pressstats.report.Qualifier;

/** The long format: one figure per row, «city,year,metric,owner,platform,value,qualifier,baseline,note». */
final class FigureColumns {

    static final List<String> NAMES = List.of("city", "year", "metric", "owner", "platform", "value", "qualifier", "baseline", "note");
    static final String HEADER = String.join(",", NAMES);

    /** A row read: where it stands, its city-year and its figure. */
    record Row(int line, String city, int year, FigureDto figure) {
    }

    private FigureColumns() {
    }

    static Columns columns() {
        return new Columns(NAMES, Set.of("city", "year", "metric", "value"));
    }

    /** The row's figure, or null with the reasons in {@code errors}; the figure's own rules are checked later. */
    static Row read(Columns columns, int line, List<String> cells, ImportErrors errors) {
        if (!columns.fits(line, cells, errors)) {
            return null;
        }
        int before = errors.count();
        String city = columns.required(line, cells, "city", errors);
        if (city != null && !city.matches(CityDto.SLUG)) {
            errors.add(line, "city", city, "is not a valid slug");
        }
        String yearCell = columns.required(line, cells, "year", errors);
        Long year = columns.number(line, "year", yearCell, errors);
        if (year != null && (year < Integer.MIN_VALUE || year > Integer.MAX_VALUE)) {
            errors.add(line, "year", yearCell, "is not a year");
        }
        String metric = columns.required(line, cells, "metric", errors);
        Owner owner = columns.constant(line, "owner", columns.cell(cells, "owner"), Owner.class, errors);
        Platform platform = columns.constant(line, "platform", columns.cell(cells, "platform"), Platform.class, errors);
        Long value = columns.number(line, "value", columns.required(line, cells, "value", errors), errors);
        Qualifier qualifier = columns.constant(line, "qualifier", columns.cell(cells, "qualifier"), Qualifier.class, errors);
        if (errors.count() > before) {
            return null;
        }
        return new Row(line, city, year.intValue(), new FigureDto(metric, owner, platform, value,
                qualifier == null ? Qualifier.EXACT : qualifier, columns.cell(cells, "baseline"), columns.raw(cells, "note")));
    }
}
