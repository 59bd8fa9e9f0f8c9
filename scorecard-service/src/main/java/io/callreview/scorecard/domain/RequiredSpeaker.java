package io.callreview.scorecard.domain;

import io.callreview.scorecard.transcript.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who must say something for a detection rule to count it: the rep, the prospect, or anyone. Not a speaker's role
 * (that is {@link Role}) but a filter over speakers' roles.
 */
@Schema(name = "SpeakerRole")
public enum RequiredSpeaker {
    REP,
    PROSPECT,
    ANY;

    /** Whether a speaker of this role says what the rule counts. */
    public boolean accepts(Role role) {
        return switch (this) {
            case ANY -> true;
            case REP -> role == Role.REP;
            case PROSPECT -> role == Role.PROSPECT;
        };
    }
}
