package io.callreview.coaching.mentoring;

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

@Path("/api/reps/{repId}/mentoring")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring")
public class RepMentoringResource {

    @Inject
    MentoringService mentoring;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "List a rep's mentoring pairings",
            description = "Newest first, as mentee and as mentor: the behaviour, why they were paired, the mentor's example"
                    + " moment (only when the mentor shares their moments) and whether they met. Reps see their own, coaches"
                    + " their teams' reps'.")
    @APIResponse(responseCode = "200", description = "The pairings",
            content = @Content(schema = @Schema(implementation = MentoringPairingView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "Unknown rep, or one the caller may not see")
    public List<MentoringPairingView> list(@PathParam("repId") String repId) {
        return mentoring.list(repId);
    }
}
