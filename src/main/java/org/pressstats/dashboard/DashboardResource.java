package org.pressstats.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The read-only dashboard: one static page whose script reads the public API (stats, metrics, the change stream)
 * like any other client; its state is in the query string, which the script reads, so the page itself is the same.
 */
@Path("/dashboard")
public class DashboardResource {

    private static final String PAGE = read("dashboard/page.html");

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page() {
        return Response.ok(PAGE).header("Cache-Control", "no-cache").build();
    }

    private static String read(String path) {
        try (InputStream in = DashboardResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
