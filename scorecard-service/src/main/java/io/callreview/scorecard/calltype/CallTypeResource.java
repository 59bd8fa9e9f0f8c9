package io.callreview.scorecard.calltype;

import io.callreview.platform.json.UnknownFieldsRefused;
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

@Path("/api/call-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Call types", description = "The kinds of sales call, each graded by its own scorecard")
public class CallTypeResource {

    @Inject
    CallTypeService callTypes;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a call type")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "discovery",
            value = "{\"key\": \"discovery\", \"name\": \"Discovery call\", \"description\": \"First call with a qualified lead\"}")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CallTypeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a field a call type does not have (a misspelling such as"
            + " nmae for name), named with the known field it most likely means")
    @APIResponse(responseCode = "409", description = "The key is taken")
    @CustomDeserialization(UnknownFieldsRefused.class)
    public Response create(@Valid @NotNull CallTypeRequest request, UriInfo uri) {
        CallTypeView created = callTypes.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.key()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "List call types")
    public List<CallTypeView> list() {
        return callTypes.list();
    }

    @GET
    @Path("{key}")
    @RolesAllowed({Roles.ADMIN, Roles.COACH, Roles.REP})
    @Operation(summary = "Read a call type")
    @APIResponse(responseCode = "200", description = "The call type", content = @Content(schema = @Schema(implementation = CallTypeView.class)))
    @APIResponse(responseCode = "404", description = "Unknown call type")
    public CallTypeView get(@PathParam("key") String key) {
        return callTypes.get(key);
    }

    @PUT
    @Path("{key}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename or describe a call type", description = "The key is stable and cannot change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rename",
            value = "{\"name\": \"Discovery\", \"description\": \"Qualify and uncover pains\"}")))
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = CallTypeView.class)))
    @APIResponse(responseCode = "404", description = "Unknown call type")
    public CallTypeView update(@PathParam("key") String key, @Valid @NotNull CallTypeUpdate update) {
        return callTypes.update(key, update);
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a call type that never published a scorecard")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Unknown call type")
    @APIResponse(responseCode = "409", description = "Published versions exist: retire instead")
    public void delete(@PathParam("key") String key) {
        callTypes.delete(key);
    }
}
