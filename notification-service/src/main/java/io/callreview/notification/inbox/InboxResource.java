package io.callreview.notification.inbox;

import io.callreview.notification.access.RepAccess;
import io.callreview.platform.json.UnknownFieldsRefused;
import io.callreview.platform.security.Roles;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reps/{repId}/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "A rep's in-app nudges, read state and answers")
public class InboxResource {

    @Inject
    InboxService inbox;

    @Inject
    ResponseService responses;

    @Inject
    RepAccess access;

    @GET
    @RolesAllowed({Roles.REP, Roles.ADMIN})
    @Operation(summary = "List a rep's inbox, newest first", description = "A rep reads their own inbox; an admin may read any for support.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = InboxPage.class)))
    @APIResponse(responseCode = "404", description = "Another rep's inbox")
    public InboxPage list(@PathParam("repId") String repId,
                          @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
                          @QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly) {
        access.requireSelfOrAdmin(repId);
        return inbox.page(repId, page, size, unreadOnly);
    }

    @GET
    @Path("unread-count")
    @RolesAllowed({Roles.REP, Roles.ADMIN})
    @Operation(summary = "Count unread nudges that still stand: not expired, not corrected by a later one")
    @APIResponse(responseCode = "200", description = "The count", content = @Content(schema = @Schema(implementation = UnreadCount.class)))
    @APIResponse(responseCode = "404", description = "Another rep's inbox")
    public UnreadCount unreadCount(@PathParam("repId") String repId) {
        access.requireSelfOrAdmin(repId);
        return new UnreadCount(inbox.unread(repId));
    }

    @GET
    @Path("{nudgeId}")
    @RolesAllowed({Roles.REP, Roles.ADMIN})
    @Operation(summary = "Read one nudge", description = "Any nudge of the rep, also one that email or chat brought while the"
            + " inbox was off: the links in email and chat open it here.")
    @APIResponse(responseCode = "200", description = "The nudge", content = @Content(schema = @Schema(implementation = InboxItem.class)))
    @APIResponse(responseCode = "404", description = "Unknown nudge, or another rep's")
    public InboxItem get(@PathParam("repId") String repId, @PathParam("nudgeId") String nudgeId) {
        access.requireSelfOrAdmin(repId);
        return inbox.item(repId, nudgeId);
    }

    @POST
    @Path("{nudgeId}/read")
    @RolesAllowed(Roles.REP)
    @Operation(summary = "Mark a nudge read", description = "Idempotent; the first read time is kept.")
    @APIResponse(responseCode = "204", description = "Read")
    @APIResponse(responseCode = "404", description = "Unknown nudge, or another rep's")
    public void markRead(@PathParam("repId") String repId, @PathParam("nudgeId") String nudgeId) {
        access.requireSelf(repId);
        inbox.markRead(repId, nudgeId);
    }

    @POST
    @Path("read-all")
    @RolesAllowed(Roles.REP)
    @Operation(summary = "Mark every nudge in the inbox read")
    @APIResponse(responseCode = "200", description = "How many were unread", content = @Content(schema = @Schema(implementation = MarkedRead.class)))
    @APIResponse(responseCode = "404", description = "Another rep's inbox")
    public MarkedRead markAllRead(@PathParam("repId") String repId) {
        access.requireSelf(repId);
        return new MarkedRead(inbox.markAllRead(repId));
    }

    @POST
    @Path("{nudgeId}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REP)
    @Operation(summary = "Answer a nudge", description = "Acknowledge it, say whether you did the behaviour, say what made it"
            + " work (a reflection: a few words of your own and/or one of the nudge's choices), or answer its quiz (one of"
            + " its choices). The answer is published to coaching-service as RepResponse. Sending the same answer again"
            + " returns 200 with the first response and publishes nothing; a different answer of the same kind is refused"
            + " with 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "self-assessment", value = "{\"kind\": \"SELF_ASSESSMENT\", \"selfAssessment\": \"YES\"}"),
            @ExampleObject(name = "acknowledge", value = "{\"kind\": \"ACKNOWLEDGED\"}"),
            @ExampleObject(name = "reflection", value = "{\"kind\": \"REFLECTION\", \"text\": \"I asked about their timeline"
                    + " before talking about price.\"}"),
            @ExampleObject(name = "quiz answer", value = "{\"kind\": \"QUIZ_ANSWER\", \"choice\": \"Agree a concrete next step"
                    + " with a date before the call ends.\"}")}))
    @APIResponse(responseCode = "201", description = "Recorded and published", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "200", description = "The same answer was already recorded", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "400", description = "A field the kind needs is missing (selfAssessment, choice, or choice or"
            + " text for a reflection), or one it does not take is present, or a field an answer does not have (a misspelling"
            + " such as txt for text) is sent")
    @APIResponse(responseCode = "404", description = "Unknown nudge, or another rep's")
    @APIResponse(responseCode = "409", description = "A different answer of the same kind was already given")
    @APIResponse(responseCode = "422", description = "The nudge does not ask for this kind of answer, or the choice is not one it offers")
    @CustomDeserialization(UnknownFieldsRefused.class)
    public Response respond(@PathParam("repId") String repId, @PathParam("nudgeId") String nudgeId,
                            @Valid @NotNull ResponseRequest request) {
        access.requireSelf(repId);
        ResponseService.Result result = responses.respond(repId, nudgeId, request);
        return Response.status(result.created() ? 201 : 200).entity(result.response()).build();
    }
}
