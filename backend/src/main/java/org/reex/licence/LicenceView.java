package org.reex.licence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A licence as one caller may see it: its status as of now, and the decision history only for its holder and agencies. */
public record LicenceView(Licence licence, LicenceStatus status, String organizationName, Map<String, BigDecimal> capacities,
                          List<Decision> decisions) {

    public record Decision(LicenceDecisionRecord record, String decidedByName) {
    }
}
