package io.callreview.platform.audit;

import io.callreview.platform.problem.ApiException;
import io.callreview.platform.problem.Problem;
import io.callreview.platform.problem.ProblemResponses;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place each service records denied access: an authenticated caller refused by role (403) or by an object
 * check that answers 404 to hide the object ({@link ApiException#hidden}). Each refusal is an audit entry of its own,
 * in its own transaction (the refused request has nothing to commit), up to {@code callreview.audit.denials-per-minute}
 * per caller ({@link DenialBudget}). Unauthenticated requests (401) are not recorded, so that anyone without a token
 * cannot fill the log.
 */
public class DeniedAccessMappers {

    static final String REQUEST = "request";
    private static final int MAX_ENTITY_ID = 200;
    private static final Logger LOG = Logger.getLogger(DeniedAccessMappers.class);

    @Inject
    AuditLog log;

    @Inject
    DenialBudget budget;

    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, ContainerRequestContext request) {
        Problem problem = Problem.of(403, "forbidden", "Forbidden", "your role does not allow this operation", List.of());
        return recorded(request, "the caller's roles do not allow this operation",
                ProblemResponses.of(problem.at(request.getUriInfo().getPath())));
    }

    @ServerExceptionMapper
    public Uni<Response> hidden(ApiException.Hidden e, ContainerRequestContext request) {
        return recorded(request, e.reason(), ProblemResponses.of(e.toProblem().at(request.getUriInfo().getPath())));
    }

    private Uni<Response> recorded(ContainerRequestContext request, String reason, Response response) {
        AuditLog.Actor actor = log.currentActor();
        if (actor.id() == null) {
            return Uni.createFrom().item(response);
        }
        DenialBudget.Decision decision = budget.next(actor.id());
        if (decision == DenialBudget.Decision.SKIP) {
            return Uni.createFrom().item(response);
        }
        String method = request.getMethod();
        String path = request.getUriInfo().getPath();
        String recordedReason = decision == DenialBudget.Decision.RECORD_LAST
                ? reason + "; this caller's further denied requests this minute are not recorded" : reason;
        Runnable record = () -> {
            try {
                log.recordAlone(actor, CommonAuditAction.ACCESS_DENIED, REQUEST, truncated(method + " " + path),
                        AuditLog.details("status", response.getStatus(), "method", method, "path", path, "reason", recordedReason));
            } catch (RuntimeException failure) {
                // the refusal stands whether or not it could be written down
                LOG.errorf(failure, "could not record denied access of %s to %s %s", actor.id(), method, path);
            }
        };
        if (BlockingOperationControl.isBlockingAllowed()) {
            record.run();
            return Uni.createFrom().item(response);
        }
        return Uni.createFrom().item(() -> {
            record.run();
            return response;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static String truncated(String value) {
        return value.length() <= MAX_ENTITY_ID ? value : value.substring(0, MAX_ENTITY_ID);
    }
}
