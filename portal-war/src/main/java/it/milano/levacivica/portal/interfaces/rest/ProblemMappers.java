package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.AccessDeniedException;
import it.milano.levacivica.portal.application.ConflictException;
import it.milano.levacivica.portal.application.InvalidInputException;
import it.milano.levacivica.portal.application.NotFoundException;
import it.milano.levacivica.portal.application.PortalException;
import it.milano.levacivica.portal.application.StaleVersionException;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every exception the API can meet becomes {@code application/problem+json}; none shows a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Locale locale(HttpHeaders headers) {
        return headers == null ? Locale.ITALIAN : PortalMessages.choose(headers.getAcceptableLanguages());
    }

    static Response problem(PortalException e, HttpHeaders headers) {
        int status;
        String title;
        Locale locale = locale(headers);
        if (e instanceof it.milano.levacivica.portal.application.RuleViolationException r) {
            java.util.List<Problem.RuleViolationView> views = new java.util.ArrayList<>();
            for (int i = 0; i < r.violations().size(); i++) {
                views.add(Problem.RuleViolationView.of(r.violations().get(i), locale, r.cells().isEmpty() ? null : r.cells().get(i).toString()));
            }
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            r.violations().stream().filter(it.milano.levacivica.core.rules.Violation::isError)
                    .forEach(v -> fields.putIfAbsent(fieldName(v.field()), v.message(locale)));
            return new Problem("/problems/rule-violation", "Unprocessable Content", 422,
                    PortalMessages.message(e, locale), fields, views).toResponse();
        }
        if (e instanceof it.milano.levacivica.portal.application.IdempotencyKeyReusedException) {
            status = 422;
            title = "Unprocessable Content";
        } else if (e instanceof it.milano.levacivica.portal.application.MonthLockedException
                || e instanceof it.milano.levacivica.portal.application.CaseRestrictedException) {
            status = 423;
            title = "Locked";
        } else if (e instanceof NotFoundException) {
            status = 404;
            title = "Not Found";
        } else if (e instanceof AccessDeniedException) {
            status = 403;
            title = "Forbidden";
        } else if (e instanceof StaleVersionException) {
            status = 412;
            title = "Precondition Failed";
        } else if (e instanceof ConflictException) {
            status = 409;
            title = "Conflict";
        } else if (e instanceof InvalidInputException) {
            status = 400;
            title = "Bad Request";
        } else {
            status = 400;
            title = "Bad Request";
        }
        java.util.List<Problem.RuleViolationView> views = null;
        if (e instanceof InvalidInputException i && !i.violations().isEmpty()) {
            views = i.violations().stream().map(v -> Problem.RuleViolationView.of(v, locale, null)).toList();
        }
        return new Problem("/problems/" + e.type(), title, status, PortalMessages.message(e, locale),
                PortalMessages.fieldMessages(e, locale), views).toResponse();
    }

    private static String fieldName(it.milano.levacivica.core.rules.Field f) {
        return switch (f) {
            case DATE -> "date";
            case CATEGORY -> "category";
            case DURATION -> "minutes";
            case ACTIVITY_TYPE -> "activityType";
            case PERIOD -> "period";
        };
    }

    /** Values of a body that are not of their fields' types: each field named, in the caller's language. */
    static Response invalidBody(TypedBody.Invalid e, HttpHeaders headers) {
        Locale locale = locale(headers);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        e.errors().forEach(f -> fields.putIfAbsent(f.field(), PortalMessages.get(locale, f.key(), f.args().toArray())));
        return new Problem("/problems/invalid-input", "Bad Request", 400, PortalMessages.get(locale, "error.invalid"), fields).toResponse();
    }

    static Response malformed(HttpHeaders headers) {
        return Problem.of("malformed-body", "Bad Request", 400, PortalMessages.get(locale(headers), "error.body.malformed")).toResponse();
    }

    /** A concurrent change found at commit is a 409; a refusal wrapped in another exception keeps its status; anything else is a 500. */
    static Response unexpected(Throwable e, HttpHeaders headers) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return concurrentChange(headers);
            }
            if (t instanceof PortalException p) {
                return problem(p, headers);
            }
            if (t instanceof TypedBody.Invalid invalid) {
                return invalidBody(invalid, headers);
            }
            if (t instanceof PersistenceException && String.valueOf(t.getMessage()).contains("Duplicate entry")) {
                return Problem.of("conflict", "Conflict", 409, PortalMessages.get(locale(headers), "error.duplicate")).toResponse();
            }
        }
        if (it.milano.levacivica.portal.infrastructure.persistence.DatabaseOutage.causedBy(e)) {
            LOG.log(Level.WARNING, "Database unavailable: " + e);
            return unavailable(headers);
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + id, e);
        return Problem.of("internal", "Internal Server Error", 500, PortalMessages.get(locale(headers), "error.internal", id)).toResponse();
    }

    /** The database is unreachable or hangs: nothing was done, try again in a few seconds. */
    static Response unavailable(HttpHeaders headers) {
        return Response.fromResponse(Problem.of("unavailable", "Service Unavailable", 503,
                PortalMessages.get(locale(headers), "error.unavailable")).toResponse()).header("Retry-After", "5").build();
    }

    static Response concurrentChange(HttpHeaders headers) {
        return Problem.of("stale-version", "Conflict", 409, PortalMessages.get(locale(headers), "error.stale")).toResponse();
    }

    /** Refusals of the services. */
    @Provider
    public static class PortalExceptionMapper implements ExceptionMapper<PortalException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(PortalException e) {
            return problem(e, headers);
        }
    }

    /** A body that is not JSON, or not of the expected shape. */
    @Provider
    public static class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(JsonbException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BodyLimit.TooLarge || t instanceof TypedBody.Invalid) {
                    return new WebApplicationExceptionMapper().withHeaders(headers).toResponse((WebApplicationException) t);
                }
            }
            return malformed(headers);
        }
    }

    /** Jersey's wrapper of unreadable bodies. */
    @Provider
    public static class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BodyLimit.TooLarge || t instanceof TypedBody.Invalid) {
                    return new WebApplicationExceptionMapper().withHeaders(headers).toResponse((WebApplicationException) t);
                }
            }
            return malformed(headers);
        }
    }

    /** HTTP errors raised by JAX-RS itself: unknown path, wrong method, unsupported media type, bad parameter. */
    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        private HttpHeaders headers;

        WebApplicationExceptionMapper withHeaders(HttpHeaders h) {
            this.headers = h;
            return this;
        }

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e instanceof BodyLimit.TooLarge) {
                return Problem.of("payload-too-large", "Content Too Large", 413, PortalMessages.get(locale(headers), "error.tooLarge")).toResponse();
            }
            if (e instanceof TypedBody.Invalid invalid) {
                return invalidBody(invalid, headers);
            }
            if (e.getCause() instanceof JsonbException || (status == 400 && e.getCause() != null)) {
                return malformed(headers);
            }
            Response.StatusType st = e.getResponse().getStatusInfo();
            String key = switch (status) {
                case 404 -> "error.notFound";
                case 405 -> "error.method";
                case 406, 415 -> "error.mediaType";
                default -> "error.request";
            };
            return Problem.of("http-" + status, st.getReasonPhrase(), status, PortalMessages.get(locale(headers), key)).toResponse();
        }
    }

    /**
     * A failure at commit, wrapped by the {@code @Transactional} interceptor: a concurrent change found by
     * optimistic locking is a 409. Registered with a high priority so that it wins over Jersey's own
     * mapper of the same type, which rethrows.
     */
    @Provider
    @jakarta.annotation.Priority(1)
    public static class TransactionalExceptionMapper implements ExceptionMapper<jakarta.transaction.TransactionalException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.transaction.TransactionalException e) {
            return unexpected(e, headers);
        }
    }

    /** Anything else: a 409 if it was a concurrent change found at commit, otherwise a 500 with an id to find it in the log. */
    @Provider
    public static class FallbackMapper implements ExceptionMapper<Throwable> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e, headers);
        }
    }
}
