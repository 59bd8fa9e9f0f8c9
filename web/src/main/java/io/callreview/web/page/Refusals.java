package io.callreview.web.page;

import io.callreview.web.api.ApiProblem;
import io.callreview.web.session.SignedInUser;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/** How a page says no: the service's refusal beside the form it concerns, or the problem page for who may not come in. */
public final class Refusals {

    private Refusals() {
    }

    /** The page again, under the refusal's status, with the refusal ({@code refused}) shown by {@code tags/refused.html}. */
    public static Response show(TemplateInstance page, ApiProblem refused) {
        return Response.status(refused.status()).type(MediaType.TEXT_HTML).entity(page.data("refused", refused).render()).build();
    }

    /**
     * Submits a form: {@code submit} calls the service and answers where to go next; where the service refuses the
     * input, the page is shown again ({@code pageAgain}) with the refusal. Who may not ask (401, 403) and a service
     * that fails still get the problem page.
     */
    public static Response submit(Supplier<Response> submit, Supplier<TemplateInstance> pageAgain) {
        try {
            return submit.get();
        } catch (ApiProblem problem) {
            if (!problem.aboutTheInput()) {
                throw problem;
            }
            return show(pageAgain.get(), problem);
        }
    }

    /**
     * The service's answer, or {@code fallback} where it refuses what was asked (a team not on the roster, say), for
     * the parts of a page that may be missing; who may ask (401, 403) still shows as the problem page.
     */
    public static <T> T orElse(Supplier<T> answer, T fallback) {
        try {
            return answer.get();
        } catch (ApiProblem problem) {
            if (!problem.aboutTheInput()) {
                throw problem;
            }
            return fallback;
        }
    }

    /**
     * The coach's pages (disputes to resolve, calibration, coaching plans) are not a rep's: a rep gets the 403 page a
     * service's refusal shows, even where the service would answer a rep with their own items (disputes, plans).
     */
    public static void coachesOnly(SignedInUser user) {
        if (!user.isCoach() && !user.isAdmin()) {
            throw new ApiProblem(403, "Forbidden", "This page is for coaches and admins.", List.of());
        }
    }
}
