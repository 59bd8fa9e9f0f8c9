package io.callreview.scorecard.analytics;

import io.callreview.platform.query.QueryParams;
import io.callreview.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/exports")
@Tag(name = "Analytics", description = "Adherence, consistency, gaps, grader accuracy and disputes per behaviour")
public class ExportResource {

    static final String CSV = "text/csv; charset=UTF-8";
    private static final String PURPOSE_HEADER = ScoreExport.PURPOSE.substring(2);

    @Inject
    ScoreExport export;

    @GET
    @Path("scores.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.ADMIN, Roles.COACH})
    @Operation(summary = "Export the scores of a period as CSV",
            description = "One row per call of the coach's teams (admins: all) started in the period (calls an admin set aside left out),"
                    + " newest first, with its latest score and one"
                    + " column per behaviour. The first line says the scores are for coaching, not for employment decisions,"
                    + " the second which period the file covers, both as # comments; notice=false leaves them out, for a"
                    + " spreadsheet or a tool that expects the column names on the first line (the response's"
                    + " X-Scores-Purpose header says it then)."
                    + " Each export is recorded in the audit log."
                    + " The rows are streamed as they are read, so any period exports in constant memory.")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            example = "# These scores are for coaching, not for employment decisions. ...\ncall_id,external_id,...,qualification,next-steps\n")))
    @APIResponse(responseCode = "400", description = "A filter cannot be read, or the period is empty or too long")
    @APIResponse(responseCode = "404", description = "A team the coach does not coach")
    public Response scores(@Parameter(example = "team-emea") @QueryParam("teamId") String teamId,
                           @Parameter(example = "discovery") @QueryParam("callType") String callType,
                           @Parameter(description = "Whether the file opens with the # lines that say what the scores are for"
                                   + " and which period they cover", example = "false")
                           @QueryParam("notice") @DefaultValue("true") boolean notice,
                           @BeanParam AnalyticsPeriod period) {
        ScoreExport.Export file = export.open(QueryParams.optional(teamId), QueryParams.optional(callType),
                period.from(), period.to());
        String name = "scores-" + file.from().atOffset(ZoneOffset.UTC).toLocalDate() + "-to-" + file.to().atOffset(ZoneOffset.UTC).toLocalDate() + ".csv";
        StreamingOutput rows = out -> export.write(file, out, notice);
        return Response.ok(rows, CSV).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header("X-Scores-Purpose", PURPOSE_HEADER).build();
    }
}
