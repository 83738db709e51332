package org.pressstats.common;

import java.net.URI;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place where every exception becomes an RFC 9457 problem; nothing internal leaks out. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return switch (e.type) {
            case UNAUTHORIZED -> challenge(respond(e.type, e.getMessage(), e.errors, uri), null);
            case UNAVAILABLE -> unavailable(e.getMessage(), uri);
            default -> respond(e.type, e.getMessage(), e.errors, uri);
        };
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge(respond(ProblemType.UNAUTHORIZED, "this operation needs a bearer token (Authorization: Bearer …)",
                List.of(), uri), null);
    }

    // a token was sent but is not acceptable: bad signature, wrong issuer, expired, unsigned, or not a JWT
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        LOG.debugf(e, "token rejected on %s", uri.getPath());
        return challenge(respond(ProblemType.UNAUTHORIZED, "the bearer token is not valid: it is malformed, expired, "
                + "not signed by the configured key or not from the configured issuer", List.of(), uri), "invalid_token");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "the token's roles do not allow this operation", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return respond(ProblemType.VALIDATION, detail, errors, uri);
    }

    // Jackson's exception types each have a built-in mapper; these take precedence over them
    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri) {
        return problem(JsonProblems.of(e), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(MismatchedInputException e, UriInfo uri) {
        return problem(JsonProblems.of(e), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonParseException e, UriInfo uri) {
        return problem(JsonProblems.of(e), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.VALIDATION;
        };
        String detail = switch (type) {
            case NOT_FOUND -> "no resource at " + uri.getPath();
            case METHOD_NOT_ALLOWED -> "this method is not allowed on " + uri.getPath();
            case NOT_ACCEPTABLE -> "no representation matches the Accept header";
            case UNSUPPORTED_MEDIA_TYPE -> accepted(uri);
            case PAYLOAD_TOO_LARGE -> "the request body is too large";
            case INTERNAL -> internalDetail(e);
            default -> "bad request";
        };
        Response problem = respond(type, detail, List.of(), uri);
        String allow = e.getResponse().getHeaderString("Allow");
        return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
    }

    /** What the operation at a path takes, for a 415: most take JSON, the drafts take text and files. */
    private static String accepted(UriInfo uri) {
        if (uri != null && uri.getPath().startsWith("/api/v1/import")) {
            return "send text/csv, application/x-ndjson or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (uri != null && uri.getPath().startsWith("/api/v1/drafts")) {
            return "send the report as text/plain; charset=UTF-8, as a .docx (application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document), a .doc (application/msword), an .odt (application/vnd.oasis.opendocument."
                    + "text), a PDF (application/pdf) or as "
                    + "multipart/form-data with the file in part 'file'";
        }
        return "send the body as application/json";
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED, "the resource was changed by another request; read it again", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response pessimisticLock(PessimisticLockException e, UriInfo uri) {
        return respond(ProblemType.CONFLICT, "the resource is being changed by another request; try again", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        // the service checks every rule first, so this is a concurrent write racing to the same key
        LOG.debugf("constraint %s violated on %s", e.getConstraintName(), uri.getPath());
        return respond(ProblemType.CONFLICT, "a concurrent request wrote the same resource; read it and try again", List.of(), uri);
    }

    // RESTEasy parses a Content-Type when asked for it and throws this when it is not a media type (Accept: AcceptHeader)
    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e, UriInfo uri) {
        if (e.getMessage() != null && e.getMessage().startsWith("Failed to parse media type")) {
            return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the Content-Type is not a media type; " + accepted(uri), List.of(), uri);
        }
        return internal(e, uri);
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        if (isPoolExhausted(e)) {
            LOG.warnf("no database connection within the acquisition timeout on %s", uri.getPath());
            return unavailable("no database connection became free in time; try again shortly", uri);
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return unavailable("the database is not reachable; try again shortly", uri);
        }
        String unreadable = unreadableBody(e);
        if (unreadable != null) {
            LOG.debugf("request body unreadable on %s: %s", uri.getPath(), unreadable);
            return unreadable.startsWith("Param limit")
                    ? respond(ProblemType.PAYLOAD_TOO_LARGE, "the multipart body has too many parts: " + unreadable, List.of(), uri)
                    : respond(ProblemType.VALIDATION, "the request body could not be read to its end: " + unreadable, List.of(), uri);
        }
        return respond(ProblemType.INTERNAL, internalDetail(e), List.of(), uri);
    }

    /**
     * What the client did to its own body, if that is why reading it failed: the connection closed, malformed
     * chunked encoding, a multipart body cut short or with more parts than the parser takes. Null otherwise.
     */
    private static String unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof io.vertx.core.http.HttpClosedException || t instanceof java.nio.channels.ClosedChannelException) {
                return "the connection was closed";
            }
            if ((t instanceof NumberFormatException && message.contains("chunk size"))
                    || message.startsWith("Connection terminated parsing multipart request")
                    || message.startsWith("Param limit of")) {
                return message;
            }
        }
        return null;
    }

    private static Response unavailable(String detail, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAVAILABLE, detail, List.of(), uri)).header("Retry-After", "5").build();
    }

    /** RFC 6750: the scheme and realm, and why the token was refused when one was sent. */
    private static Response challenge(Response problem, String error) {
        String value = "Bearer realm=\"press-stats\"" + (error == null ? "" : ", error=\"" + error + "\"");
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, value).build();
    }

    /** Connection errors (SQLSTATE class 08), server shutting down (57P0x), or a pool that cannot get a connection. */
    private static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Agroal's acquisition timeout: a plain SQLException without SQLSTATE, "Sorry, acquisition timeout!" when the
     * pool is busy, "Acquisition timeout while waiting for new connection" (caused by a TimeoutException) when connecting hangs.
     */
    private static boolean isPoolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() == null
                    && (sql.getCause() instanceof TimeoutException
                            || (sql.getMessage() != null && sql.getMessage().toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")))) {
                return true;
            }
        }
        return false;
    }

    private static String internalDetail(Throwable e) {
        String ref = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error, reference %s", ref);
        return "unexpected error; reference " + ref;
    }

    static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        URI instance = uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
        return Response.status(type.status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri, type.title, type.status, detail, instance, errors))
                .build();
    }

    /** figures[1].value, or the parameter name, from a validation path (method and body parameter nodes dropped). */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (!path.isEmpty()) {
            return path.toString();
        }
        return parameter == null ? "body" : parameter;
    }
}
