package org.reex.tip;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A tip as an agency reads it: with its file's facts, its links by name and its triage steps with who took them. */
public record TipView(Tip tip, @Nullable TipAttachmentInfo attachment, List<Named> organizations, List<Named> lots,
                      List<Step> triage, @Nullable Long flagId) {

    public record Named(long id, String name) {
    }

    public record Step(TipTriage triage, String byName) {
    }
}
