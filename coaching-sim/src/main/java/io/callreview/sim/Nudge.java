package io.callreview.sim;

import java.util.List;

/** A nudge as it reaches the rep: what it is about and what it asks them to do. */
public record Nudge(String kind, String behaviourKey, List<Ask> asks) {
}
