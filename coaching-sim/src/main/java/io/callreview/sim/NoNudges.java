package io.callreview.sim;

import java.time.Instant;
import java.util.List;

/** No nudges at all: the reps learn only from their own calls. The baseline the others are measured against. */
public final class NoNudges implements Policy {

    @Override
    public String name() {
        return "none";
    }

    @Override
    public List<Nudge> dispatch(SimRep rep, Instant now) {
        return List.of();
    }
}
