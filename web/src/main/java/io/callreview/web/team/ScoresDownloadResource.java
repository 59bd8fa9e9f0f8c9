package io.callreview.web.team;

import io.callreview.web.api.ApiProblem;
import io.callreview.web.api.ScorecardApi;
import io.callreview.web.page.Refusals;
import io.callreview.web.session.SignedInUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The team page's download of the scores as CSV: scorecard-service's export of a team's calls (an admin's: every
 * team's) between two days, passed through as it streams, so a year of calls never sits in this service's memory.
 */
@Path("/team/scores.csv")
public class ScoresDownloadResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    SignedInUser user;

    @RestClient
    ScorecardApi scorecard;

    /**
     * {@code from} and {@code to} are days (yyyy-mm-dd), both included; either left out takes the service's default
     * (the twelve weeks up to today). {@code teamId} left out is every team, which the service allows admins only.
     */
    @GET
    public Response download(@QueryParam("teamId") String teamId, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        Refusals.coachesOnly(user);
        LocalDate firstDay = day("from", from);
        LocalDate lastDay = day("to", to);
        String team = teamId == null || teamId.isBlank() ? null : teamId.strip();
        InputStream csv = scorecard.scoresCsv(team,
                firstDay == null ? null : firstDay.atStartOfDay(ZoneOffset.UTC).toInstant().toString(),
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        StreamingOutput body = out -> {
            try (csv) {
                csv.transferTo(out);
            }
        };
        return Response.ok(body, CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(team, firstDay, lastDay) + "\"")
                .build();
    }

    static String fileName(String team, LocalDate firstDay, LocalDate lastDay) {
        return "scores-" + (team == null ? "all-teams" : team.replaceAll("[^A-Za-z0-9_.-]", "_"))
                + (firstDay == null ? "" : "-from-" + firstDay) + (lastDay == null ? "" : "-to-" + lastDay) + ".csv";
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            throw new ApiProblem(400, "Bad Request", field + " must be a day, as yyyy-mm-dd.",
                    List.of(new ApiProblem.FieldError(field, "must be a day, as yyyy-mm-dd")));
        }
    }
}
