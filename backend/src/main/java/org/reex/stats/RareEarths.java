package org.reex.stats;

import java.util.Collection;
import java.util.List;

/**
 * The 17 rare earths in the fixed order that gives each its bit in {@code stats_lot_full.element_mask}.
 * The order is stored data: never reorder it, only append.
 */
public final class RareEarths {

    public static final List<String> SYMBOLS = List.of(
            "Sc", "Y", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu");

    private RareEarths() {
    }

    public static boolean isKnown(String symbol) {
        return SYMBOLS.contains(symbol);
    }

    /** The bit of one element; -1 for a symbol that is not a rare earth. */
    public static int bit(String symbol) {
        return SYMBOLS.indexOf(symbol);
    }

    public static int mask(Collection<String> symbols) {
        int mask = 0;
        for (String symbol : symbols) {
            int bit = bit(symbol);
            if (bit < 0) {
                throw new IllegalArgumentException("not a rare earth: " + symbol);
            }
            mask |= 1 << bit;
        }
        return mask;
    }
}
