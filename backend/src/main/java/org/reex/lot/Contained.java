package org.reex.lot;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Contained rare earths: gross mass × fraction on a metal basis, × the metal-to-oxide factor on an oxide basis. */
final class Contained {

    static final int SCALE = 3;

    private Contained() {
    }

    static BigDecimal metalKg(BigDecimal grossMassKg, BigDecimal fraction) {
        return grossMassKg.multiply(fraction).setScale(SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal oxideKg(BigDecimal metalKg, BigDecimal metalToOxideFactor) {
        return metalKg.multiply(metalToOxideFactor).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
