package io.callreview.scorecard.roster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "callreview.roster")
public interface RosterConfig {

    /** What a call naming a rep the roster does not know does. */
    enum UnknownReps {
        /** The call puts the rep on its team (audited as ROSTER_REP_ENROLLED); later calls must agree. */
        ENROL,
        /** The call is refused until an admin puts the rep on the roster. */
        REFUSE
    }

    /** ROSTER_UNKNOWN_REPS: enrol (first call decides, the default) or refuse (the roster is kept by admins only). */
    @WithDefault("enrol")
    UnknownReps unknownReps();
}
