package io.callreview.scorecard.audit;

import io.callreview.platform.security.Roles;
import io.callreview.scorecard.support.QueryParams;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log is read-only over HTTP: there is no endpoint (and no code path) that changes or deletes an entry. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who reviewed, overrode, finalised, disputed, resolved, calibrated, exported or changed scorecards and call types")
public class AuditResource {

    @Inject
    AuditQueryService audit;

    @Inject
    AuditChain chain;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read the audit log, newest first",
            description = "Entries are written in the same transaction as the change they record, with before and after where it"
                    + " matters. Entity types: call-type, scorecard, source, review, call, scheduled-call, dispute, calibration, export,"
                    + " example-suggestion, roster-rep, roster-coach.")
    @APIResponse(responseCode = "200", description = "A page of entries", content = @Content(schema = @Schema(implementation = AuditEntryView.Page.class)))
    @APIResponse(responseCode = "400", description = "A filter cannot be read")
    public AuditEntryView.Page list(@Parameter(description = "Entity type", example = "review") @QueryParam("entity") String entity,
                                    @Parameter(example = "0b8e2f4c-3c1d-4a55-8f5e-2f1f9d3c7a10") @QueryParam("entityId") String entityId,
                                    @Parameter(description = "Everything about one call") @QueryParam("callId") String callId,
                                    @Parameter(example = "coach-7") @QueryParam("actor") String actor,
                                    @Parameter(example = "VERDICT_OVERRIDDEN") @QueryParam("action") AuditAction action,
                                    @Parameter(description = "At or after (ISO-8601)", example = "2026-03-01T00:00:00Z") @QueryParam("since") String since,
                                    @Parameter(description = "Before (ISO-8601)") @QueryParam("until") String until,
                                    @Parameter(example = "0") @QueryParam("page") @DefaultValue("0") int page,
                                    @Parameter(example = "50") @QueryParam("size") @DefaultValue("50") int size) {
        QueryParams.Period period = QueryParams.period("since", since, "until", until);
        return audit.list(new AuditQueryService.Filter(QueryParams.optional(entity), QueryParams.optional(entityId),
                QueryParams.optional(callId), QueryParams.optional(actor), action, period.from(), period.to()), page, size);
    }

    @GET
    @Path("verification")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Verify that no audit entry was changed, removed or inserted",
            description = "Every entry's hash covers its fields and the previous entry's hash; this recomputes the whole chain"
                    + " from the database and names the first entry where it breaks. The database refuses UPDATE and DELETE on"
                    + " the entries (triggers); the chain shows what a user with more privileges changed anyway.")
    @APIResponse(responseCode = "200", description = "The result", content = @Content(schema = @Schema(implementation = AuditVerificationView.class)))
    public AuditVerificationView verify() {
        return chain.verify();
    }
}
