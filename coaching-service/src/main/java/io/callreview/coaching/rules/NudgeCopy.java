package io.callreview.coaching.rules;

import io.callreview.events.NudgeRequested.Action;
import java.util.List;

/** What a nudge says, why it exists, and the buttons it offers. */
public record NudgeCopy(String title, String body, String reason, List<Action> actions) {
}
