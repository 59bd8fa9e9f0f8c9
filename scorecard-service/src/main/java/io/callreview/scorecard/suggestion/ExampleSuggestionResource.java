package io.callreview.scorecard.suggestion;

import io.callreview.platform.query.QueryParams;
import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/call-types/{key}/example-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Example suggestions", description = "The grader learns from coaches: sentences from reviews that overrode it,"
        + " suggested as examples or counter-examples of a behaviour, accepted into the next draft scorecard")
public class ExampleSuggestionResource {

    @Inject
    ExampleSuggestions suggestions;

    @GET
    @Operation(summary = "List the suggestions for a call type's behaviours, newest first",
            description = "A coach's MET with a pinned moment where the grader missed the behaviour suggests an example;"
                    + " a coach's MISSED where the grader counted it suggests the quotes it counted as counter-examples.")
    @APIResponse(responseCode = "200", description = "The suggestions",
            content = @Content(schema = @Schema(implementation = ExampleSuggestionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "An unknown status")
    @APIResponse(responseCode = "404", description = "Unknown call type")
    public List<ExampleSuggestionView> list(@PathParam("key") String key,
                                            @Parameter(example = "PENDING") @QueryParam("status") ExampleSuggestion.Status status,
                                            @Parameter(example = "qualification") @QueryParam("behaviourKey") String behaviourKey) {
        return suggestions.list(key, status, QueryParams.optional(behaviourKey));
    }

    @POST
    @Path("acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept suggestions into the draft scorecard",
            description = "Adds each suggestion to its behaviour's examples or counter-examples in the call type's open draft,"
                    + " which is started from the published version when there is none. Publish the draft to grade with it;"
                    + " the grader-accuracy analytics then compare its grading with the previous version's.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two",
            value = "{\"ids\": [\"3f1c2a9e-1b7d-4c55-9f0a-7e2b6d4c8a11\", \"9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d\"]}")))
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = AcceptanceView.class)))
    @APIResponse(responseCode = "400", description = "No ids, or one listed twice")
    @APIResponse(responseCode = "404", description = "Unknown call type or suggestion")
    @APIResponse(responseCode = "409", description = "A suggestion was already accepted or rejected")
    @APIResponse(responseCode = "422", description = "The draft no longer has the behaviour, or it would exceed 30 examples")
    public AcceptanceView accept(@PathParam("key") String key, @Valid @NotNull AcceptanceRequest request) {
        return suggestions.accept(key, request.ids());
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a suggestion")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "prospect", value = "{\"reason\": \"The prospect said it, not the rep\"}")))
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = ExampleSuggestionView.class)))
    @APIResponse(responseCode = "404", description = "Unknown call type or suggestion")
    @APIResponse(responseCode = "409", description = "Already accepted or rejected")
    public ExampleSuggestionView reject(@PathParam("key") String key, @PathParam("id") String id, @Valid RejectionRequest request) {
        return suggestions.reject(key, id, request == null ? null : request.reason());
    }
}
