package io.callreview.coaching.training;

import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "Training units assigned where a rep needs training, and the quizzes that follow them")
public class TrainingResource {

    @Inject
    TrainingService training;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a training unit",
            description = "The unit a training nudge links to: guidance, examples, teammates' moments and the quizzes answered"
                    + " since it was done. Reps read their own, coaches their teams' reps', admins any.")
    @APIResponse(responseCode = "200", description = "The unit", content = @Content(schema = @Schema(implementation = TrainingUnitView.class)))
    @APIResponse(responseCode = "404", description = "Unknown unit, or one of a rep the caller may not see")
    public TrainingUnitView get(@PathParam("id") String id) {
        return training.get(id);
    }

    @POST
    @Path("{id}/done")
    @RolesAllowed({Roles.ADMIN, Roles.REP})
    @Operation(summary = "Mark a training unit done",
            description = "The rep has been through the unit. Spaced quizzes follow, each answer an FSRS review (right Good,"
                    + " not sure Hard, wrong Again), until enough are answered right in a row. Marking it again changes nothing.")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(schema = @Schema(implementation = TrainingUnitView.class)))
    @APIResponse(responseCode = "404", description = "Unknown unit, or another rep's")
    @APIResponse(responseCode = "409", description = "The unit was withdrawn")
    public TrainingUnitView done(@PathParam("id") String id) {
        return training.markDone(id);
    }
}
