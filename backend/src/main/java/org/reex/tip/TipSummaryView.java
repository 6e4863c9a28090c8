package org.reex.tip;

/** A tip in an agency's list. */
public record TipSummaryView(Tip tip, boolean hasAttachment) {
}
