package org.reex.tip;

/** What a tip is about: an organization named by the reporter, a lot number, or anything else in free text. */
public enum TipAbout {
    ORGANIZATION, LOT, OTHER
}
