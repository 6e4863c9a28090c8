package org.reex.targets;

/** A target and its progress, as the service hands it to the controller. */
public record TargetView(RecoveryTarget target, Progress progress) {
}
