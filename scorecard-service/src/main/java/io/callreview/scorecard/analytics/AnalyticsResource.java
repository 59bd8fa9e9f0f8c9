package io.callreview.scorecard.analytics;

import io.callreview.platform.problem.ApiException;
import io.callreview.platform.query.QueryParams;
import io.callreview.platform.security.CurrentUser;
import io.callreview.platform.security.Roles;
import io.callreview.scorecard.roster.Roster;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Analytics over the latest score revision of each call started in a period ({@code from} inclusive, {@code to}
 * exclusive; default the twelve weeks up to the end of today, UTC; at most 400 days). Admins see every team, coaches their teams, reps
 * themselves (where the endpoint is open to them); a team or rep outside that answers 404.
 */
@Path("/api/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics", description = "Adherence, consistency, gaps, grader accuracy and disputes per behaviour")
public class AnalyticsResource {

    @Inject
    AdherenceAnalytics adherence;

    @Inject
    ConsistencyAnalytics consistency;

    @Inject
    GapAnalytics gaps;

    @Inject
    GraderAccuracyAnalytics graderAccuracy;

    @Inject
    DisputeAnalytics disputes;

    @Inject
    Roster roster;

    @Inject
    CurrentUser user;

    @GET
    @Path("adherence")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Adherence of each behaviour per rep, team or call type",
            description = "MET among MET and MISSED verdicts, with a 95% Wilson interval and weekly buckets. Reps see themselves.")
    @APIResponse(responseCode = "200", description = "Adherence", content = @Content(schema = @Schema(implementation = AdherenceView.class)))
    @APIResponse(responseCode = "400", description = "A filter cannot be read, or the period is empty or too long")
    @APIResponse(responseCode = "404", description = "A team or rep the caller may not see, or a rep not on the roster")
    public AdherenceView adherence(@Parameter(description = "rep (default), team or callType") @QueryParam("groupBy") String groupBy,
                                   @Parameter(example = "team-emea") @QueryParam("teamId") String teamId,
                                   @Parameter(example = "rep-42") @QueryParam("repId") String repId,
                                   @Parameter(example = "discovery") @QueryParam("callType") String callType,
                                   @BeanParam AnalyticsPeriod period) {
        return adherence.adherence(AdherenceAnalytics.GroupBy.parse(groupBy), QueryParams.optional(teamId), onRoster(repId),
                QueryParams.optional(callType), period.from(), period.to());
    }

    @GET
    @Path("consistency")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "How steadily each rep shows each behaviour across consecutive calls",
            description = "Repeat rate (MET after MET), current and longest streaks, switches. Reps see themselves.")
    @APIResponse(responseCode = "200", description = "Consistency", content = @Content(schema = @Schema(implementation = ConsistencyView.class)))
    @APIResponse(responseCode = "400", description = "A filter cannot be read, or the period is empty or too long")
    @APIResponse(responseCode = "404", description = "A team or rep the caller may not see, or a rep not on the roster")
    public ConsistencyView consistency(@Parameter(example = "team-emea") @QueryParam("teamId") String teamId,
                                       @Parameter(example = "rep-42") @QueryParam("repId") String repId,
                                       @Parameter(example = "discovery") @QueryParam("callType") String callType,
                                       @Parameter(example = "next-steps") @QueryParam("behaviourKey") String behaviourKey,
                                       @BeanParam AnalyticsPeriod period) {
        return consistency.consistency(QueryParams.optional(teamId), onRoster(repId), QueryParams.optional(callType),
                QueryParams.optional(behaviourKey), period.from(), period.to());
    }

    @GET
    @Path("gaps")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Top gaps of a rep or a team",
            description = "The behaviours that would raise the average score most if always MET, weighted by the scorecard."
                    + " Name a repId or a teamId; reps get their own.")
    @APIResponse(responseCode = "200", description = "Gaps, largest first", content = @Content(schema = @Schema(implementation = GapsView.class)))
    @APIResponse(responseCode = "400", description = "A filter cannot be read, or the period is empty or too long")
    @APIResponse(responseCode = "404", description = "A team or rep the caller may not see, or a rep not on the roster")
    public GapsView gaps(@Parameter(example = "team-emea") @QueryParam("teamId") String teamId,
                         @Parameter(example = "rep-42") @QueryParam("repId") String repId,
                         @Parameter(example = "discovery") @QueryParam("callType") String callType,
                         @BeanParam AnalyticsPeriod period,
                         @Parameter(example = "3") @QueryParam("limit") @DefaultValue("3") int limit) {
        return gaps.gaps(QueryParams.optional(teamId), onRoster(repId), QueryParams.optional(callType),
                period.from(), period.to(), limit);
    }

    @GET
    @Path("grader-accuracy")
    @RolesAllowed({Roles.ADMIN, Roles.COACH})
    @Operation(summary = "The automatic grader against coaches, per behaviour",
            description = "Precision, recall, F1 and kappa of the automatic verdicts (revision 1) against the coach-decided verdicts"
                    + " of the latest score, MET being the positive class. A coach's NOT_APPLICABLE leaves the call out; the grader's"
                    + " NEEDS_REVIEW and NOT_APPLICABLE count as not MET. Worst kappa first: the detection rules to fix first.")
    @APIResponse(responseCode = "200", description = "Accuracy", content = @Content(schema = @Schema(implementation = GraderAccuracyView.class)))
    @APIResponse(responseCode = "400", description = "A filter cannot be read, or the period is empty or too long")
    @APIResponse(responseCode = "404", description = "A team the coach does not coach")
    public GraderAccuracyView graderAccuracy(@Parameter(example = "team-emea") @QueryParam("teamId") String teamId,
                                             @Parameter(example = "discovery") @QueryParam("callType") String callType,
                                             @BeanParam AnalyticsPeriod period) {
        return graderAccuracy.accuracy(QueryParams.optional(teamId), QueryParams.optional(callType),
                period.from(), period.to());
    }

    @GET
    @Path("disputes")
    @RolesAllowed({Roles.ADMIN, Roles.COACH})
    @Operation(summary = "Disputes per behaviour", description = "Counts by outcome and disputes per scored call: an often disputed behaviour is unclear.")
    @APIResponse(responseCode = "200", description = "Dispute counts", content = @Content(schema = @Schema(implementation = DisputeStatsView.class)))
    @APIResponse(responseCode = "400", description = "A filter cannot be read, or the period is empty or too long")
    @APIResponse(responseCode = "404", description = "A team the coach does not coach")
    public DisputeStatsView disputes(@Parameter(example = "team-emea") @QueryParam("teamId") String teamId,
                                     @Parameter(example = "discovery") @QueryParam("callType") String callType,
                                     @BeanParam AnalyticsPeriod period) {
        return disputes.disputes(QueryParams.optional(teamId), QueryParams.optional(callType),
                period.from(), period.to());
    }

    /**
     * A rep named by someone else must be on the roster: a misspelt id would read as a rep with no gaps. Reps asking
     * about themselves before their first call get empty figures.
     */
    private String onRoster(String repId) {
        String named = QueryParams.optional(repId);
        if (named != null && !named.equals(user.id()) && !roster.knows(named)) {
            throw ApiException.notFound("rep", named);
        }
        return named;
    }
}
