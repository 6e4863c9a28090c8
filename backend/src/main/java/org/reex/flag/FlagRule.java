package org.reex.flag;

/** The discrepancies raised automatically (DESIGN §2 Flag; issue 8 §4), and those agencies open from tips. */
public enum FlagRule {
    RECEIVED_VS_DECLARED_MASS, RECEIVED_VS_SHIPPED_MASS, ELEMENT_ABOVE_DECLARED, ELEMENT_NOT_DECLARED, LICENCE_NOT_VALID,
    NOT_RECEIVED_IN_TIME,
    /** Opened by an agency from a tip that concerns the lot (the tip line, issue 12 §3). */
    TIP,
    /** Monthly report: closing stock of a category is not opening + received - processed. */
    MASS_BALANCE,
    /** Monthly report: an element recovered above what the month's processed input could contain. */
    RECOVERED_ABOVE_INPUT,
    /** Monthly report: not filed by the 10th of the next month. */
    MONTHLY_REPORT_MISSING,
    /** Monthly report: figures lower than REEx's own records of that month. */
    BELOW_REEX_RECORDS
}
