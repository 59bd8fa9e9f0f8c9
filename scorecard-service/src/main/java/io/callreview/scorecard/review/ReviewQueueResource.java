package io.callreview.scorecard.review;

import io.callreview.platform.query.QueryParams;
import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Coaches review calls: override verdicts with reasons, pin moments, finalise into a new score revision")
public class ReviewQueueResource {

    @Inject
    ReviewQueueService queue;

    @GET
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Calls to review next",
            description = "Unreviewed calls of the coach's teams whose grade needs review, auto-failed calls, grades with a"
                    + " low-confidence verdict, and a deterministic sample of the rest; most urgent first, then newest.")
    @APIResponse(responseCode = "200", description = "The queue")
    @APIResponse(responseCode = "400", description = "A filter cannot be read")
    @APIResponse(responseCode = "404", description = "A team that is not the coach's")
    public List<ReviewQueueItem> queue(@Parameter(example = "team-emea") @QueryParam("teamId") String teamId,
                                       @Parameter(example = "discovery") @QueryParam("callType") String callType,
                                       @Parameter(description = "Calls started at or after (ISO-8601)") @QueryParam("from") String from,
                                       @Parameter(description = "Calls started before (ISO-8601)") @QueryParam("to") String to,
                                       @Parameter(example = "50") @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryParams.Period period = QueryParams.period("from", from, "to", to);
        return queue.queue(QueryParams.optional(teamId), QueryParams.optional(callType), period.from(), period.to(), limit);
    }
}
