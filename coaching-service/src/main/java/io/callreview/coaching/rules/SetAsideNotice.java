package io.callreview.coaching.rules;

import io.callreview.events.CallSetAside;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What a rep is told when a call they already had feedback on is set aside: the call no longer counts, and neither does
 * what they were told about it. No link to the call: it is out of every figure.
 */
public final class SetAsideNotice {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private SetAsideNotice() {
    }

    public static NudgeCopy copy(CallSetAside aside, ZoneId zone) {
        String call = CallTypeWords.call(aside.callType()) + " of " + DAY.format(aside.callStartedAt().atZone(zone));
        String why = aside.reason().strip().replaceAll("\\.+$", "");
        String body = "Your " + call + " was set aside: " + why + ". It no longer counts in your scores or coaching, and the"
                + " feedback you had on it no longer stands.";
        String reason = "You had feedback on this call, and " + aside.setAsideBy() + " set the call aside.";
        return new NudgeCopy("A call no longer counts", body, reason, List.of(NudgeActions.acknowledge()));
    }
}
