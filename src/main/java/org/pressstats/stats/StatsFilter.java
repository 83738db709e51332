package org.pressstats.stats;

import java.util.List;

import org.pressstats.city.FederalDistrict;
import org.pressstats.report.Owner;
import org.pressstats.report.Platform;

/** The filters every stats question takes; null or empty means no filter. */
public record StatsFilter(String metric, List<String> cities, FederalDistrict district, Owner owner, Platform platform) {

    /** The roll-up level the owner and platform filters select. */
    public RollUp.Level level() {
        if (owner != null && platform != null) {
            return RollUp.Level.ACCOUNT;
        }
        return owner != null ? RollUp.Level.OWNER : platform != null ? RollUp.Level.PLATFORM : RollUp.Level.TOTAL;
    }
}
