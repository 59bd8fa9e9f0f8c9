package io.callreview.scorecard.calibration;

import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/calibrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calibration", description = "Coaches score the same calls blind; agreement per behaviour once the session closes")
public class CalibrationResource {

    @Inject
    CalibrationService calibrations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Start a calibration session",
            description = "Calls of one call type that the creator can see, at least two coaches, and optionally the behaviours"
                    + " (default: every behaviour the calls' scorecards share).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "three coaches",
            value = "{\"name\": \"March discovery calibration\", \"callIds\": [\"5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11\","
                    + " \"0b8e2f4c-3c1d-4a55-8f5e-2f1f9d3c7a10\"], \"coachIds\": [\"coach-7\", \"coach-9\", \"coach-12\"],"
                    + " \"behaviourKeys\": [\"qualification\", \"next-steps\"]}")))
    @APIResponse(responseCode = "201", description = "Session open", content = @Content(schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a call or coach listed twice")
    @APIResponse(responseCode = "404", description = "A call that does not exist or is not of the creator's teams (field callIds[i])")
    @APIResponse(responseCode = "422", description = "Calls of several call types, or a behaviour not on every call's scorecard")
    public Response create(@Valid @NotNull CalibrationRequest request, UriInfo uri) {
        CalibrationView session = calibrations.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(session.id()).build()).entity(session).build();
    }

    @GET
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "The sessions you created or rate in, newest first")
    @APIResponse(responseCode = "200", description = "The sessions")
    public List<CalibrationView> mine() {
        return calibrations.mine();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Read a session", description = "While open: your own ratings and everyone's progress; once closed: every rating.")
    @APIResponse(responseCode = "200", description = "The session", content = @Content(schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "404", description = "No such session, or you neither created nor rate in it")
    public CalibrationView get(@PathParam("id") String id) {
        return calibrations.get(id);
    }

    @PUT
    @Path("{id}/ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Submit your blind verdicts", description = "Replaces your earlier ratings in the session. Only the named coaches rate.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two verdicts",
            value = "{\"ratings\": [{\"callId\": \"5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11\", \"behaviourKey\": \"qualification\", \"verdict\": \"MET\"},"
                    + " {\"callId\": \"5f0c6f7e-8f5e-4bb4-9d56-0c3f0b1b8a11\", \"behaviourKey\": \"next-steps\", \"verdict\": \"MISSED\"}]}")))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "400", description = "A call or behaviour outside the session, a pair rated twice, or a verdict the behaviour does not allow")
    @APIResponse(responseCode = "403", description = "You are not one of the session's coaches")
    @APIResponse(responseCode = "404", description = "No such session, or you neither created nor rate in it")
    @APIResponse(responseCode = "409", description = "The session is closed")
    public CalibrationView rate(@PathParam("id") String id, @Valid @NotNull RatingsRequest request) {
        return calibrations.rate(id, request);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Close a session: ratings freeze and become visible, agreement can be read")
    @APIResponse(responseCode = "200", description = "Closed", content = @Content(schema = @Schema(implementation = CalibrationView.class)))
    @APIResponse(responseCode = "403", description = "Only the creator or an admin closes a session")
    @APIResponse(responseCode = "404", description = "No such session, or you neither created nor rate in it")
    @APIResponse(responseCode = "409", description = "Already closed")
    public CalibrationView close(@PathParam("id") String id) {
        return calibrations.close(id);
    }

    @GET
    @Path("{id}/agreement")
    @RolesAllowed({Roles.COACH, Roles.ADMIN})
    @Operation(summary = "Agreement per behaviour of a closed session",
            description = "Among the coaches who rated every call for a behaviour: percent agreement, Cohen's kappa for two"
                    + " coaches or Fleiss' kappa for more (with per-verdict kappas), the majority verdict of each call, and"
                    + " each coach's deviation from it.")
    @APIResponse(responseCode = "200", description = "Agreement", content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "404", description = "No such session, or you neither created nor rate in it")
    @APIResponse(responseCode = "409", description = "The session is still open: answers stay blind")
    public AgreementView agreement(@PathParam("id") String id) {
        return calibrations.agreement(id);
    }
}
