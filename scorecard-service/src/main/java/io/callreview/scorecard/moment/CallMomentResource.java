package io.callreview.scorecard.moment;

import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/calls/{id}/moments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls")
public class CallMomentResource {

    @Inject
    CallMoments moments;

    @GET
    @Path("{atMs}")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a moment of a call: the exchange around it and the behaviours done there",
            description = "Whoever may read the call may read any moment of it. A rep may also read a moment of a"
                    + " teammate's call (the same team, which is still both reps' team) where the teammate did a behaviour"
                    + " well (a MET verdict's evidence in the latest score, to the second), while the teammate shares their"
                    + " moments (coaching-service's `PUT /api/reps/{repId}/sharing`): the links of training units,"
                    + " practice nudges and mentoring lead here. A teammate sees the transcript from 45 seconds before the"
                    + " moment to 45 seconds after its evidence, and the behaviours met there; never the call's scores.")
    @APIResponse(responseCode = "200", description = "The moment", content = @Content(schema = @Schema(implementation = CallMomentView.class),
            examples = @ExampleObject(name = "a teammate's moment", value = """
                    {"callId": "5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11", "repId": "rep-7", "repName": "Dana Reyes",
                     "callType": "discovery", "startedAt": "2026-11-30T14:00:00Z", "atMs": 754000,
                     "behaviours": [{"key": "right-people", "question": "Does the rep find out who else decides?",
                                     "verdict": "MET", "quote": "Who else will sign off on this?"}],
                     "segments": [{"speaker": "Paul Prospect", "startMs": 741000, "endMs": 753000,
                                   "text": "We'd want to start before the busy season.", "role": "PROSPECT"},
                                  {"speaker": "Dana Reyes", "startMs": 754000, "endMs": 757000,
                                   "text": "Who else will sign off on this?", "role": "REP"}]}""")))
    @APIResponse(responseCode = "400", description = "atMs is negative or not a number")
    @APIResponse(responseCode = "404", description = "No such call, or not one the caller may see; for a teammate, no"
            + " behaviour done well at that moment, or the teammate does not share their moments")
    public CallMomentView moment(@PathParam("id") String id, @PathParam("atMs") @PositiveOrZero long atMs) {
        return moments.moment(id, atMs);
    }
}
