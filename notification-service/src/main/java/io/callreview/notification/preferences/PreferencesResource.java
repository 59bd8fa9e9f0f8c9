package io.callreview.notification.preferences;

import io.callreview.notification.access.RepAccess;
import io.callreview.platform.json.UnknownFieldsRefused;
import io.callreview.platform.security.Roles;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reps/{repId}/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preferences", description = "Where and when a rep wants nudges: channels, time zone, working hours and days,"
        + " quiet hours, daily cap, digest")
public class PreferencesResource {

    @Inject
    PreferencesService preferences;

    @Inject
    RepAccess access;

    @GET
    @RolesAllowed({Roles.REP, Roles.ADMIN})
    @Operation(summary = "Read a rep's preferences", description = "A rep reads their own; an admin anyone's. Defaults when nothing was set.")
    @APIResponse(responseCode = "200", description = "The preferences in force", content = @Content(schema = @Schema(implementation = PreferencesView.class)))
    @APIResponse(responseCode = "404", description = "Another rep's preferences")
    public PreferencesView get(@PathParam("repId") String repId) {
        access.requireSelfOrAdmin(repId);
        return preferences.get(repId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REP, Roles.ADMIN})
    @Operation(summary = "Replace a rep's preferences", description = "Fields left out take their defaults; a field the"
            + " preferences do not have (a misspelling such as timezone for timeZone) is refused with 400, nothing stored. Quiet hours are local"
            + " to timeZone and may cross midnight; \"\" means none. Urgent nudges skip the digest, never quiet hours."
            + " This is the one place to set a rep's contact schedule (time zone, working hours and days, quiet hours, daily"
            + " cap): every change is published as RepScheduleChanged, and coaching-service plans its nudges by it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "email and chat with digest", value = "{\"channels\": {\"inbox\": true, \"email\": true, \"chat\": true},"
                    + " \"emailAddress\": \"dana@example.com\", \"chatWebhookUrl\": \"https://hooks.slack.com/services/T000/B000/XXXX\","
                    + " \"timeZone\": \"Europe/Berlin\", \"workStart\": \"08:30\", \"workEnd\": \"17:00\","
                    + " \"workDays\": [\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\"], \"quietHours\": \"21:00-08:00\", \"dailyCap\": 3,"
                    + " \"digest\": {\"enabled\": true, \"hour\": 9}}"),
            @ExampleObject(name = "inbox only, no quiet hours", value = "{\"channels\": {\"inbox\": true, \"email\": false, \"chat\": false},"
                    + " \"timeZone\": \"America/New_York\", \"quietHours\": \"\"}")}))
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = PreferencesView.class)))
    @APIResponse(responseCode = "400", description = "Every wrong field at once: unknown time zone, working hours that start"
            + " when they end or name no day, quiet hours that do not parse, an email address that is not one, a webhook that is not"
            + " https, a channel switched on without its address. Before any of those, a field the preferences do not have (a"
            + " misspelling such as timezone): the first one is named, with the known field it most likely means")
    @APIResponse(responseCode = "404", description = "Another rep's preferences")
    @CustomDeserialization(UnknownFieldsRefused.class)
    public PreferencesView replace(@PathParam("repId") String repId, @NotNull PreferencesRequest request) {
        access.requireSelfOrAdmin(repId);
        return preferences.replace(repId, request, access.callerId(), access.ownTeam(repId));
    }
}
