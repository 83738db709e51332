package org.pressstats.common;

import java.util.List;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The media types a request accepts, for the operations that choose their format themselves. */
public final class AcceptHeader {

    private AcceptHeader() {
    }

    /** An empty Accept is taken as none sent (anything goes), as for the other operations; one that does not parse is a 406. */
    public static List<MediaType> mediaTypes(HttpHeaders headers) {
        try {
            return headers.getAcceptableMediaTypes();
        } catch (IllegalArgumentException e) {
            String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
            if (accept == null || accept.isBlank()) {
                return List.of(MediaType.WILDCARD_TYPE);
            }
            throw new NotAcceptableException();
        }
    }
}
