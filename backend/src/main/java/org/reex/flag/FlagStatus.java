package org.reex.flag;

public enum FlagStatus {
    OPEN, DISMISSED, CONFIRMED
}
