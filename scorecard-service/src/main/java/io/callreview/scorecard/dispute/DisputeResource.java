package io.callreview.scorecard.dispute;

import io.callreview.platform.query.QueryParams;
import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes", description = "Reps acknowledge or dispute their scores; coaches resolve disputes")
public class DisputeResource {

    @Inject
    DisputeService disputes;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "List disputes", description = "Newest first. Admins see all, coaches their teams', reps their own.")
    @APIResponse(responseCode = "200", description = "A page of disputes", content = @Content(schema = @Schema(implementation = DisputePage.class)))
    @APIResponse(responseCode = "400", description = "A filter cannot be read")
    public DisputePage list(@Parameter(example = "OPEN") @QueryParam("status") DisputeStatus status,
                            @QueryParam("callId") String callId,
                            @Parameter(example = "next-steps") @QueryParam("behaviourKey") String behaviourKey,
                            @Parameter(example = "team-emea") @QueryParam("teamId") String teamId,
                            @Parameter(example = "rep-42") @QueryParam("repId") String repId,
                            @Parameter(example = "0") @QueryParam("page") @DefaultValue("0") int page,
                            @Parameter(example = "20") @QueryParam("size") @DefaultValue("20") int size) {
        return disputes.list(status, QueryParams.optional(callId), QueryParams.optional(behaviourKey),
                QueryParams.optional(teamId), QueryParams.optional(repId), page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a dispute")
    @APIResponse(responseCode = "200", description = "The dispute", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "404", description = "No such dispute, or not one the caller may see")
    public DisputeView get(@PathParam("id") String id) {
        return disputes.get(id);
    }

    @POST
    @Path("{id}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Resolve a dispute",
            description = "A coach of the team. ACCEPTED changes the verdict in a new score revision, published as CallScored;"
                    + " PARTIALLY_ACCEPTED records the coach's reason while the verdict stands; REJECTED keeps the verdict with"
                    + " a reason. Every resolution is final: the dispute is locked.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "accepted", value = "{\"outcome\": \"ACCEPTED\", \"verdict\": \"MET\", \"reason\": \"Right: the demo date was agreed at 28:20.\"}"),
            @ExampleObject(name = "partially accepted", value = "{\"outcome\": \"PARTIALLY_ACCEPTED\", \"reason\": \"A date was floated, not agreed; the guidance will say so.\"}"),
            @ExampleObject(name = "rejected", value = "{\"outcome\": \"REJECTED\", \"reason\": \"The prospect said they would call back; nothing was agreed.\"}")}))
    @APIResponse(responseCode = "200", description = "Resolved", content = @Content(schema = @Schema(implementation = DisputeView.class)))
    @APIResponse(responseCode = "400", description = "Missing verdict (ACCEPTED) or reason (otherwise), or a verdict the behaviour does not allow")
    @APIResponse(responseCode = "404", description = "No such dispute, or not of the coach's teams")
    @APIResponse(responseCode = "409", description = "Already resolved: the dispute is locked")
    @APIResponse(responseCode = "422", description = "The verdict is already what the dispute asks for")
    public DisputeView resolve(@PathParam("id") String id, @Valid @NotNull ResolutionRequest request) {
        return disputes.resolve(id, request);
    }
}
