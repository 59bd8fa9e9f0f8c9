package io.callreview.coaching.training;

import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reps/{repId}/training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class RepTrainingResource {

    @Inject
    TrainingService training;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "List a rep's training units",
            description = "Newest first: the behaviour, why it was assigned, the scorecard's guidance and examples, moments"
                    + " of teammates' calls where they did it well (only of teammates who share them), and the quizzes"
                    + " answered since it was done. Reps see their own, coaches their teams' reps'.")
    @APIResponse(responseCode = "200", description = "The units",
            content = @Content(schema = @Schema(implementation = TrainingUnitView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "Unknown rep, or one the caller may not see")
    public List<TrainingUnitView> list(@PathParam("repId") String repId) {
        return training.list(repId);
    }
}
