package io.callreview.coaching.nudge;

import io.callreview.coaching.config.CoachingConfig;
import io.callreview.coaching.rules.NudgeActions.MomentLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links into the call-review app. */
@ApplicationScoped
public class Links implements MomentLinks {

    @Inject
    CoachingConfig config;

    @Override
    public String callMoment(String callId, Long atMs) {
        return fill(config.nudges().callMomentUrl(), callId, atMs);
    }

    @Override
    public String teammateMoment(String callId, Long atMs) {
        return fill(config.nudges().teammateMomentUrl(), callId, atMs);
    }

    private static String fill(String template, String callId, Long atMs) {
        long seconds = atMs == null ? 0 : atMs / 1000;
        return template.replace("{callId}", URLEncoder.encode(callId, StandardCharsets.UTF_8))
                .replace("{seconds}", Long.toString(seconds));
    }
}
