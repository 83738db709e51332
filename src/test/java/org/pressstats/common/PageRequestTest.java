package org.pressstats.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final Map<String, String> SORTABLE = Map.of("year", "r.year", "city", "c.slug");

    @Test
    void defaultsAndTieBreaker() {
        PageRequest request = PageRequest.of(null, null, null, SORTABLE, "year,desc", "r.id");
        assertEquals(0, request.page());
        assertEquals(20, request.size());
        assertEquals("r.year desc, r.id asc", request.orderBy());
    }

    @Test
    void sortFieldsAreMappedAndDirectionDefaultsToAsc() {
        PageRequest request = PageRequest.of(2, 10, List.of("city", "year,DESC"), SORTABLE, "year,desc", "r.id");
        assertEquals("c.slug asc, r.year desc, r.id asc", request.orderBy());
        assertEquals(20, request.offset());
    }

    @Test
    void anythingOutsideTheWhitelistIsRejected() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> PageRequest.of(0, 10, List.of("id; drop table city"), SORTABLE, "year,desc", "r.id"));
        assertEquals("sort", e.errors.get(0).field());
        assertThrows(ProblemException.class, () -> PageRequest.of(0, 10, List.of("year,sideways"), SORTABLE, "year,desc", "r.id"));
        assertThrows(ProblemException.class, () -> PageRequest.of(0, 201, null, SORTABLE, "year,desc", "r.id"));
        assertThrows(ProblemException.class, () -> PageRequest.of(0, 0, null, SORTABLE, "year,desc", "r.id"));
        assertThrows(ProblemException.class, () -> PageRequest.of(-1, 10, null, SORTABLE, "year,desc", "r.id"));
    }

    @Test
    void searchKeyFoldsCaseAndYo() {
        assertEquals("береза", SearchKey.of("БЕРЁЗА"));
        assertEquals("%100\\%\\_%", SearchKey.containing("100%_"));
    }
}
