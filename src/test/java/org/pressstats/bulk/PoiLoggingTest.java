package org.pressstats.bulk;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/** POI logs through the Log4j 2 API; without a provider Log4j prints an ERROR to stderr and drops every message. */
class PoiLoggingTest {

    @Test
    void poisLoggerWritesToTheServiceLog() {
        String factory = LogManager.getFactory().getClass().getName();
        assertTrue(factory.startsWith("org.jboss.logmanager."), "Log4j 2 API bound to " + factory);
    }
}
