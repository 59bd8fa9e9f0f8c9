package io.callreview.scorecard.call.webhook;

import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/integrations/{source}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Integrations", description = "How HubSpot owners and Zoom hosts map to reps, teams and call types")
public class IntegrationResource {

    @Inject
    SourceDirectory directory;

    @GET
    @Path("identities")
    @Operation(summary = "List the source's users mapped to reps")
    @APIResponse(responseCode = "200", description = "Mapped users")
    @APIResponse(responseCode = "404", description = "Unknown source (hubspot or zoom)")
    public List<IdentityView> identities(@Parameter(example = "hubspot") @PathParam("source") String source) {
        return directory.identities(source);
    }

    @PUT
    @Path("identities/{externalUser}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Map a source's user to a rep and team",
            description = "externalUser is a HubSpot owner id, or a Zoom host id or e-mail. displayName is how the rep appears"
                    + " in transcripts: their lines are graded as the rep's, everyone else's as the prospect's.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rep",
            value = "{\"repId\": \"rep-42\", \"teamId\": \"team-emea\", \"displayName\": \"Rita Rep\"}")))
    @APIResponse(responseCode = "200", description = "Mapped", content = @Content(schema = @Schema(implementation = IdentityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "Unknown source")
    public IdentityView putIdentity(@PathParam("source") String source,
                                    @Parameter(example = "31245") @PathParam("externalUser") String externalUser,
                                    @Valid @NotNull IdentityRequest request) {
        return directory.putIdentity(source, externalUser, request);
    }

    @DELETE
    @Path("identities/{externalUser}")
    @Operation(summary = "Remove a mapping")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Unknown source or user")
    public void deleteIdentity(@PathParam("source") String source, @PathParam("externalUser") String externalUser) {
        directory.deleteIdentity(source, externalUser);
    }

    @GET
    @Path("settings")
    @Operation(summary = "Read how the source's calls get their call type")
    @APIResponse(responseCode = "200", description = "Settings", content = @Content(schema = @Schema(implementation = SourceSettingsView.class)))
    @APIResponse(responseCode = "404", description = "Unknown source")
    public SourceSettingsView settings(@PathParam("source") String source) {
        return directory.settings(source);
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the default call type and topic rules of a source",
            description = "A meeting or call title containing a rule's keyword (any case) gets the rule's call type; the first"
                    + " matching rule wins, otherwise the default applies. Without either, the source's calls are refused with 422.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "zoom",
            value = "{\"defaultCallType\": \"discovery\", \"topicRules\": [{\"keyword\": \"demo\", \"callType\": \"demo\"},"
                    + " {\"keyword\": \"renewal\", \"callType\": \"renewal\"}]}")))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = SourceSettingsView.class)))
    @APIResponse(responseCode = "404", description = "Unknown source")
    @APIResponse(responseCode = "422", description = "A call type does not exist")
    public SourceSettingsView putSettings(@PathParam("source") String source, @Valid @NotNull SourceSettingsRequest request) {
        return directory.putSettings(source, request);
    }
}
