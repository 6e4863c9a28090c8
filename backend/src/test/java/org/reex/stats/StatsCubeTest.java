package org.reex.stats;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which cube answers which question: the smallest that holds every dimension asked for. */
class StatsCubeTest {

    private static Set<Cube.Dimension> dims(Cube.Dimension... dimensions) {
        return dimensions.length == 0 ? EnumSet.noneOf(Cube.Dimension.class) : EnumSet.of(dimensions[0], dimensions);
    }

    @Test
    void eachQuestionReadsTheSmallestCubeThatHoldsItsKeysAndFilters() {
        assertEquals(Cube.ELEMENT_M, Cube.smallest(true, dims(), false));
        assertEquals(Cube.ELEMENT_MC, Cube.smallest(true, dims(Cube.Dimension.CATEGORY), false));
        assertEquals(Cube.ELEMENT_MR, Cube.smallest(true, dims(Cube.Dimension.REGION), false));
        assertEquals(Cube.ELEMENT_MCR, Cube.smallest(true, dims(Cube.Dimension.REGION, Cube.Dimension.CATEGORY), false));
        assertEquals(Cube.ELEMENT_MREC, Cube.smallest(true, dims(Cube.Dimension.RECYCLER), false));
        assertEquals(Cube.ELEMENT_MSEL, Cube.smallest(true, dims(Cube.Dimension.SELLER), false));
        // A recycler (its own id forced in) asking by region: only the full grain has both.
        assertEquals(Cube.ELEMENT_FULL, Cube.smallest(true, dims(Cube.Dimension.RECYCLER, Cube.Dimension.REGION), false));
        assertEquals(Cube.ELEMENT_FULL, Cube.smallest(true, dims(Cube.Dimension.RECYCLER, Cube.Dimension.SELLER), false));
        assertEquals(Cube.LOT_M, Cube.smallest(false, dims(), false));
        assertEquals(Cube.LOT_MREC, Cube.smallest(false, dims(Cube.Dimension.RECYCLER), false));
        assertEquals(Cube.LOT_MCR, Cube.smallest(false, dims(Cube.Dimension.CATEGORY, Cube.Dimension.REGION), false));
    }

    @Test
    void countingLotsWithAnyOfSeveralElementsNeedsTheMask() {
        assertEquals(Cube.LOT_FULL, Cube.smallest(false, dims(), true));
        assertTrue(Cube.LOT_FULL.hasElementMask());
        assertEquals(1, Cube.writeOrder().stream().filter(Cube::hasElementMask).count());
    }

    @Test
    void theMaskBitsFollowTheStoredOrder() {
        assertEquals(0, RareEarths.bit("Sc"));
        assertEquals(5, RareEarths.bit("Nd"));
        assertEquals(16, RareEarths.bit("Lu"));
        assertEquals((1 << 5) | (1 << 11), RareEarths.mask(Set.of("Nd", "Dy")));
        assertEquals(-1, RareEarths.bit("Fe"));
    }
}
