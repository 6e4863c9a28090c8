package org.reex.stats;

import java.util.Set;

/** What /stats/recovery can group by; the code is the query parameter's value. */
public enum GroupKey {
    ELEMENT("element"), MONTH("month"), QUARTER("quarter"), YEAR("year"), REGION("region"), CATEGORY("category"),
    RECYCLER("recycler"), SELLER("seller");

    private final String code;

    GroupKey(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The cube dimension this key needs beyond month and element, if any. */
    Cube.Dimension dimension() {
        return switch (this) {
            case REGION -> Cube.Dimension.REGION;
            case CATEGORY -> Cube.Dimension.CATEGORY;
            case RECYCLER -> Cube.Dimension.RECYCLER;
            case SELLER -> Cube.Dimension.SELLER;
            default -> null;
        };
    }

    static final Set<GroupKey> PERIODS = Set.of(MONTH, QUARTER, YEAR);
}
