package org.reex.stats;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One rollup table (V009): its grain beyond the month, and whether it is kept per element. Listed smallest
 * first within each kind, so the first cube that covers a query's dimensions is the cheapest to read.
 */
public enum Cube {

    ELEMENT_M("stats_element_m", true, EnumSet.noneOf(Dimension.class)),
    ELEMENT_MC("stats_element_mc", true, EnumSet.of(Dimension.CATEGORY)),
    ELEMENT_MR("stats_element_mr", true, EnumSet.of(Dimension.REGION)),
    ELEMENT_MCR("stats_element_mcr", true, EnumSet.of(Dimension.CATEGORY, Dimension.REGION)),
    ELEMENT_MREC("stats_element_mrec", true, EnumSet.of(Dimension.RECYCLER)),
    ELEMENT_MSEL("stats_element_msel", true, EnumSet.of(Dimension.SELLER)),
    ELEMENT_FULL("stats_element_full", true, EnumSet.allOf(Dimension.class)),
    LOT_M("stats_lot_m", false, EnumSet.noneOf(Dimension.class)),
    LOT_MC("stats_lot_mc", false, EnumSet.of(Dimension.CATEGORY)),
    LOT_MR("stats_lot_mr", false, EnumSet.of(Dimension.REGION)),
    LOT_MCR("stats_lot_mcr", false, EnumSet.of(Dimension.CATEGORY, Dimension.REGION)),
    LOT_MREC("stats_lot_mrec", false, EnumSet.of(Dimension.RECYCLER)),
    LOT_MSEL("stats_lot_msel", false, EnumSet.of(Dimension.SELLER)),
    /** The only lot cube with the element mask, for "lots with any of these elements". */
    LOT_FULL("stats_lot_full", false, EnumSet.allOf(Dimension.class));

    /** A lot's dimensions besides its month (every cube has the month) and the element. */
    public enum Dimension {
        CATEGORY("category"), REGION("region"), RECYCLER("recycler_id"), SELLER("seller_id");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    private final String table;
    private final boolean perElement;
    private final Set<Dimension> dimensions;

    Cube(String table, boolean perElement, Set<Dimension> dimensions) {
        this.table = table;
        this.perElement = perElement;
        this.dimensions = dimensions;
    }

    public String table() {
        return table;
    }

    public boolean perElement() {
        return perElement;
    }

    public Set<Dimension> dimensions() {
        return dimensions;
    }

    public boolean hasElementMask() {
        return this == LOT_FULL;
    }

    /** The dimension columns in the table's key order (after month_start and element). */
    public List<Dimension> keyOrder() {
        return List.of(Dimension.values()).stream().filter(dimensions::contains).toList();
    }

    /** Every cube in the order RecoveryRollups writes them, so concurrent reports lock rows in one order. */
    public static List<Cube> writeOrder() {
        return List.of(values());
    }

    /** The smallest cube of the kind that holds every dimension asked for (and the mask, if asked). */
    public static Cube smallest(boolean perElement, Set<Dimension> needed, boolean needsMask) {
        for (Cube cube : values()) {
            if (cube.perElement == perElement && cube.dimensions.containsAll(needed)
                    && (!needsMask || cube.hasElementMask())) {
                return cube;
            }
        }
        throw new IllegalStateException("no cube holds " + needed);
    }
}
