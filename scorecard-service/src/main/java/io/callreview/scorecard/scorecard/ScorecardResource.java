package io.callreview.scorecard.scorecard;

import io.callreview.platform.json.UnknownFieldsRefused;
import io.callreview.platform.problem.ApiException;
import io.callreview.platform.security.Roles;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/call-types/{key}/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards", description = "Versioned scorecards of fewer than ten key behaviours per call type")
public class ScorecardResource {

    static final String DRAFT_EXAMPLE = """
            {"behaviours": [
              {"key": "qualification", "question": "Does the rep qualify the prospect by asking about budget and timing?",
               "guidance": "The rep asks open questions about budget, timeline or how the decision gets made.",
               "category": "QUALIFICATION", "weight": 2, "critical": false, "naAllowed": false,
               "detection": {"phrases": ["budget", "timeline", "decision process"], "speaker": "REP",
                             "window": {"fromPct": 0, "toPct": 100}, "question": true, "minCount": 2}},
              {"key": "next-steps", "question": "Does the rep close with agreed next steps?",
               "category": "NEXT_STEPS", "weight": 2, "critical": true, "naAllowed": false,
               "detection": {"phrases": ["next step", "follow up", "calendar invite"], "speaker": "REP",
                             "window": {"fromPct": 80, "toPct": 100}, "question": false, "minCount": 1}},
              {"key": "objection-handling", "question": "Does the rep acknowledge and answer objections?",
               "category": "OBJECTION_HANDLING", "weight": 1, "critical": false, "naAllowed": true,
               "detection": {"phrases": ["understand your concern", "fair point"], "speaker": "REP",
                             "window": {"fromPct": 0, "toPct": 100}, "question": false, "minCount": 1,
                             "applicableWhen": {"phrases": ["too expensive", "concern"], "speaker": "PROSPECT"}}}
            ]}""";

    @Inject
    ScorecardService scorecards;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a draft version", description = "A scorecard holds 1 to 9 key behaviours. Only one draft may be open per call type.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two behaviours", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Draft created", content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a field the scorecard does not have (a misspelling)")
    @APIResponse(responseCode = "404", description = "Unknown call type")
    @APIResponse(responseCode = "409", description = "A draft is already open")
    @APIResponse(responseCode = "422", description = "No behaviours, ten or more, a duplicate key or an impossible window")
    @CustomDeserialization(UnknownFieldsRefused.class)
    public Response createDraft(@PathParam("key") String key, @Valid @NotNull ScorecardRequest request, UriInfo uri) {
        return created(uri, scorecards.createDraft(key, request.behaviours()));
    }

    @POST
    @Path("starter")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a draft from the starter library",
            description = "A scorecard that works out of the box, with examples, counter-examples and phrases to tune:"
                    + " discovery (the default: process steps, qualification, right people, next steps, product coverage),"
                    + " demo (pain recap, tailored walkthrough, understanding check, next steps) or renewal (value recap,"
                    + " objection handling, expansion discovery, renewal commitment). Without a template, the call type's"
                    + " own: demo for a call type keyed demo (or demo-...), renewal for renewal (or renewal-...), else discovery.")
    @APIResponse(responseCode = "201", description = "Draft created", content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "400", description = "No starter scorecard of that name")
    @APIResponse(responseCode = "404", description = "Unknown call type")
    @APIResponse(responseCode = "409", description = "A draft is already open")
    public Response createStarter(@PathParam("key") String key,
                                  @Parameter(description = "Which starter scorecard: discovery, demo or renewal; default: the one named as the call type, else discovery", example = "demo")
                                  @QueryParam("template") String template, UriInfo uri) {
        return created(uri, scorecards.createStarterDraft(key, template == null ? StarterScorecard.nameFor(key) : template));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "List the versions of a call type's scorecard")
    @APIResponse(responseCode = "200", description = "Versions, oldest first")
    @APIResponse(responseCode = "404", description = "Unknown call type")
    public List<ScorecardSummary> list(@PathParam("key") String key) {
        return scorecards.list(key);
    }

    @GET
    @Path("published")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read the version that grades new calls")
    @APIResponse(responseCode = "200", description = "The published version", content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "404", description = "Unknown call type, or nothing published")
    public ScorecardView published(@PathParam("key") String key) {
        return scorecards.getPublished(key);
    }

    @GET
    @Path("diff")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Compare two versions behaviour by behaviour")
    @APIResponse(responseCode = "200", description = "Added, removed and changed behaviours", content = @Content(schema = @Schema(implementation = ScorecardDiff.class)))
    @APIResponse(responseCode = "400", description = "from or to missing")
    @APIResponse(responseCode = "404", description = "Unknown call type or version")
    public ScorecardDiff diff(@PathParam("key") String key,
                              @Parameter(description = "Older version", example = "1") @QueryParam("from") Integer from,
                              @Parameter(description = "Newer version", example = "2") @QueryParam("to") Integer to) {
        if (from == null) {
            throw ApiException.badRequest("from", "from is required");
        }
        if (to == null) {
            throw ApiException.badRequest("to", "to is required");
        }
        return scorecards.diff(key, from, to);
    }

    @GET
    @Path("{version: \\d+}")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read one version", description = "Every version stays readable forever: scores pin the version they were graded against.")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "404", description = "Unknown call type or version")
    public ScorecardView get(@PathParam("key") String key, @PathParam("version") int version) {
        return scorecards.get(key, version);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{version: \\d+}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Edit a draft", description = "Published versions are immutable: answer 409. Start the next draft from them instead.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two behaviours", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Draft updated", content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a field the scorecard does not have (a misspelling)")
    @APIResponse(responseCode = "404", description = "Unknown call type or version")
    @APIResponse(responseCode = "409", description = "The version is not a draft")
    @APIResponse(responseCode = "422", description = "No behaviours, ten or more, a duplicate key or an impossible window")
    @CustomDeserialization(UnknownFieldsRefused.class)
    public ScorecardView update(@PathParam("key") String key, @PathParam("version") int version,
                                @Valid @NotNull ScorecardRequest request) {
        return scorecards.updateDraft(key, version, request.behaviours());
    }

    @DELETE
    @Path("{version: \\d+}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Discard a draft")
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "404", description = "Unknown call type or version")
    @APIResponse(responseCode = "409", description = "The version is not a draft")
    public void discard(@PathParam("key") String key, @PathParam("version") int version) {
        scorecards.discardDraft(key, version);
    }

    @POST
    @Path("{version: \\d+}/draft")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Start the next draft from a version", description = "How a published scorecard is edited: copy it into a new draft.")
    @APIResponse(responseCode = "201", description = "Draft created", content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "404", description = "Unknown call type or version")
    @APIResponse(responseCode = "409", description = "A draft is already open")
    public Response draftFrom(@PathParam("key") String key, @PathParam("version") int version, UriInfo uri) {
        return created(uri, scorecards.draftFrom(key, version));
    }

    @POST
    @Path("{version: \\d+}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish a draft", description = "The version becomes immutable and grades new calls; the previously published one is superseded.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "404", description = "Unknown call type or version")
    @APIResponse(responseCode = "409", description = "The version is not a draft")
    public ScorecardView publish(@PathParam("key") String key, @PathParam("version") int version) {
        return scorecards.publish(key, version);
    }

    @POST
    @Path("{version: \\d+}/retire")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Retire a version", description = "A retired version grades no new calls but stays readable. "
            + "Retiring the version that grades the call type's new calls (the published one) leaves the type without a "
            + "scorecard, so that its new calls are refused with 422: it needs refuseNewCalls=true.")
    @APIResponse(responseCode = "200", description = "Retired", content = @Content(schema = @Schema(implementation = ScorecardView.class)))
    @APIResponse(responseCode = "404", description = "Unknown call type or version")
    @APIResponse(responseCode = "409", description = "The version is a draft, or it grades new calls and refuseNewCalls is not true")
    public ScorecardView retire(@PathParam("key") String key, @PathParam("version") int version,
                                @Parameter(description = "Retire the version that grades new calls, so that new calls of the type are refused")
                                @QueryParam("refuseNewCalls") boolean refuseNewCalls) {
        return scorecards.retire(key, version, refuseNewCalls);
    }

    private static Response created(UriInfo uri, ScorecardView view) {
        return Response.created(uri.getBaseUriBuilder().path(ScorecardResource.class)
                .path(String.valueOf(view.version())).build(view.callType())).entity(view).build();
    }
}
