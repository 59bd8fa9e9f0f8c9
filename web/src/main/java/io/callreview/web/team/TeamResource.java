package io.callreview.web.team;

import com.fasterxml.jackson.databind.node.MissingNode;
import io.callreview.web.api.CoachingApi;
import io.callreview.web.api.ScorecardApi;
import io.callreview.web.page.Refusals;
import io.callreview.web.page.RepNames;
import io.callreview.web.session.SignedInUser;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A coach's team: the rep × behaviour grid of stages and diagnoses (coaching-service), adherence over the weeks per
 * behaviour with its Wilson interval, the top gaps, and how the grader agrees with the coaches (scorecard-service's
 * analytics), and the download of its scores as CSV ({@link ScoresDownloadResource}).
 */
@Path("/team")
public class TeamResource {

    @Inject
    Template team;

    @Inject
    SignedInUser user;

    @RestClient
    CoachingApi coaching;

    @RestClient
    ScorecardApi scorecard;

    @GET
    public TemplateInstance show(@QueryParam("teamId") String teamId) {
        String shown = teamId == null || teamId.isBlank() ? user.firstTeam() : teamId;
        if (shown == null) {
            return team.data("teamId", null).data("grid", null).data("trends", null).data("gaps", null).data("accuracy", null);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return team.data("teamId", shown)
                .data("grid", TeamGrid.of(coaching.teamProfile(shown),
                        RepNames.of(Refusals.orElse(() -> scorecard.team(shown), MissingNode.getInstance()))))
                .data("trends", AdherenceTrend.of(scorecard.adherence("team", shown, null)))
                .data("gaps", scorecard.gaps(shown, null, 3))
                .data("accuracy", scorecard.graderAccuracy(shown))
                .data("downloadFrom", today.minusWeeks(12).plusDays(1)).data("downloadTo", today);
    }
}
