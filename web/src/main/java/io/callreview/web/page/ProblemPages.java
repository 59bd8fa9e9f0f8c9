package io.callreview.web.page;

import io.callreview.web.api.ApiProblem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A service's error shown to the user as the problem's title, detail and the fields at fault, with the service's
 * status: a nudge of another rep is "404 Not Found" here too. Inside a page updated by htmx, only the message
 * replaces the page's problem area.
 */
public class ProblemPages {

    @Inject
    @Location("problem.html")
    Template page;

    @Inject
    HttpHeaders headers;

    /** A service that does not answer at all (down, restarting): said as such, never as a stack trace. */
    @ServerExceptionMapper
    public Response unavailable(ProcessingException unreachable) {
        return show(new ApiProblem(503, "Service unavailable",
                "A service of the suite does not answer at the moment. Try again in a minute.", List.of()));
    }

    @ServerExceptionMapper
    public Response show(ApiProblem problem) {
        if (Htmx.isHtmx(headers)) {
            return Response.ok(page.getFragment("message").data("problem", problem).render(), MediaType.TEXT_HTML)
                    .header("HX-Retarget", "#problem").header("HX-Reswap", "innerHTML").build();
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML)
                .entity(page.data("problem", problem).render()).build();
    }
}
