package org.pressstats.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void aBodyForTheHandlersBeforeJaxRsHasTheTypeTitleStatusAndDetail() {
        assertEquals("{\"type\":\"/problems/unavailable\",\"title\":\"Service unavailable\",\"status\":503,"
                + "\"detail\":\"this instance is shutting down; send the request again\"}",
                ProblemType.UNAVAILABLE.body("this instance is shutting down; send the request again"));
    }

    @Test
    void theDetailIsEscapedAsJson() {
        assertEquals("{\"type\":\"/problems/validation\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"a \\\"quoted\\\" \\\\ word\"}", ProblemType.VALIDATION.body("a \"quoted\" \\ word"));
    }
}
