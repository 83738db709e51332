package org.pressstats.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Rejects request bodies over the limit with a 413 problem, whether or not Content-Length is sent. */
public class BodySizeLimit {

    @ConfigProperty(name = "press-stats.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    // Word files of narratives carry styles and pictures besides the text
    @ConfigProperty(name = "press-stats.drafts.max-body-bytes", defaultValue = "10485760")
    long maxDraftBytes;

    // a whole region's years in one file; read as a stream, never held whole
    @ConfigProperty(name = "press-stats.import.max-bytes", defaultValue = "104857600")
    long maxImportBytes;

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        long limit = path.startsWith("/api/v1/import") ? maxImportBytes
                : path.startsWith("/api/v1/drafts") ? maxDraftBytes : maxBytes;
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    throw tooLarge(limit);
                }
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("Content-Length", "not a number");
            }
        } else if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit, () -> tooLarge(limit)));
        }
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "the request body is larger than " + limit + " bytes");
    }
}
