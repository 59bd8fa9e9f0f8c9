package io.callreview.platform.audit;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Every service's audit log, read-only over HTTP: there is no endpoint (and no code path) that changes or deletes an
 * entry. Each service keeps its own log in its own database.
 */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what in this service, and who was refused: an append-only, hash-chained log")
public class AuditResource {

    @Inject
    AuditQueryService audit;

    @Inject
    AuditChain chain;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read the audit log, newest first",
            description = "Entries are written in the same transaction as the change they record, with before and after where it"
                    + " matters. Entity types: scorecard-service's call-type, scorecard, source, review, call, scheduled-call,"
                    + " dispute, calibration, export, example-suggestion, roster-rep, roster-coach; coaching-service's plan,"
                    + " rep-sharing, mentoring-pairing, training-unit; notification-service's rep-preferences, delivery. Every"
                    + " service also records ACCESS_DENIED (entity type request): an authenticated caller refused with 403, or"
                    + " with a 404 that hides an object they may not see.")
    @APIResponse(responseCode = "200", description = "A page of entries", content = @Content(schema = @Schema(implementation = AuditEntryView.Page.class),
            examples = @ExampleObject(name = "a denied request", value = "{\"items\": [{\"id\": 73, \"occurredAt\": \"2026-03-02T09:15:04Z\","
                    + " \"actorId\": \"rep-42\", \"actorRoles\": [\"rep\"], \"action\": \"ACCESS_DENIED\", \"entityType\": \"request\","
                    + " \"entityId\": \"GET /api/audit\", \"callId\": null, \"details\": {\"status\": 403, \"method\": \"GET\","
                    + " \"path\": \"/api/audit\", \"reason\": \"the caller's roles do not allow this operation\"}}],"
                    + " \"page\": 0, \"size\": 50, \"total\": 1}")))
    @APIResponse(responseCode = "400", description = "A filter cannot be read")
    public AuditEntryView.Page list(@Parameter(description = "Entity type", example = "plan") @QueryParam("entity") String entity,
                                    @Parameter(example = "0b8e2f4c-3c1d-4a55-8f5e-2f1f9d3c7a10") @QueryParam("entityId") String entityId,
                                    @Parameter(description = "Everything about one call (scorecard-service)") @QueryParam("callId") String callId,
                                    @Parameter(example = "coach-7") @QueryParam("actor") String actor,
                                    @Parameter(description = "Only this action", example = "ACCESS_DENIED") @QueryParam("action") String action,
                                    @Parameter(description = "At or after (ISO-8601)", example = "2026-03-01T00:00:00Z") @QueryParam("since") String since,
                                    @Parameter(description = "Before (ISO-8601)") @QueryParam("until") String until,
                                    @Parameter(example = "0") @QueryParam("page") @DefaultValue("0") int page,
                                    @Parameter(example = "50") @QueryParam("size") @DefaultValue("50") int size) {
        QueryParams.Period period = QueryParams.period("since", since, "until", until);
        return audit.list(new AuditQueryService.Filter(QueryParams.optional(entity), QueryParams.optional(entityId),
                QueryParams.optional(callId), QueryParams.optional(actor), QueryParams.optional(action), period.from(), period.to()),
                page, size);
    }

    @GET
    @Path("verification")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Verify that no audit entry was changed, removed or inserted",
            description = "Every entry's hash covers its fields and the previous entry's hash; this recomputes the whole chain"
                    + " from the database and names the first entry where it breaks. The database refuses UPDATE and DELETE on"
                    + " the entries (triggers); the chain shows what a user with more privileges changed anyway.")
    @APIResponse(responseCode = "200", description = "The result", content = @Content(schema = @Schema(implementation = AuditVerificationView.class),
            examples = {@ExampleObject(name = "intact", value = "{\"intact\": true, \"verified\": 1842, \"brokenAt\": null, \"problem\": null}"),
                    @ExampleObject(name = "changed", value = "{\"intact\": false, \"verified\": 1041, \"brokenAt\": 1042,"
                            + " \"problem\": \"entry 1042: its fields no longer match its hash\"}")}))
    public AuditVerificationView verify() {
        return chain.verify();
    }
}
