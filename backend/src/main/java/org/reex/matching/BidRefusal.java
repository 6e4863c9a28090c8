package org.reex.matching;

import java.util.Map;

/** Why a recycler may not bid on a lot: a code of the eligibility rule and the figures behind it. */
public record BidRefusal(String code, Map<String, String> params) {

    /** The organization holds no licence at all. */
    public static final String NO_LICENCE = "NO_LICENCE";
}
