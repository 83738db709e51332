package org.pressstats.change;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pressstats.city.CityFilterParams;
import org.pressstats.common.ProblemException;

import io.vertx.core.http.HttpServerResponse;

/** GET /api/v1/changes: the committed changes as Server-Sent Events. */
@Path("/api/v1/changes")
@Tag(name = "Changes")
public class ChangeResource {

    private static final Set<String> ENTITIES = Set.of("city", "report", "metric");

    @Inject
    ChangeStreams streams;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Stream committed changes", description = "Server-Sent Events, one per committed change of a city, "
            + "report or metric, whichever instance or SQL session wrote it (PostgreSQL NOTIFY reaches every instance), "
            + "usually within a second of the commit. `id` is the history entry's id and grows in commit order, `event` "
            + "is `city`, `report` or `metric`, `data` a `ChangeEvent`. Reconnect with `Last-Event-ID` (browsers do it "
            + "by themselves) to get every change after that id from the history first, then the live ones, without "
            + "gaps or repeats. A comment every 15 s keeps the connection open, also while the database is away (the "
            + "stream waits and goes on, with what it missed, when it is back); the first line carries `retry: 3000`. "
            + "A client that falls behind reads the history at its own pace; one that stops reading (nothing sent "
            + "taken for 10 s) while more than 10 000 newer changes arrive gets an `overflow` event and is closed: "
            + "reconnect with `Last-Event-ID`. Changes made in SQL by other sessions are recorded in the history "
            + "by triggers (actor `sql:<role>`) and streamed like the others.")
    @APIResponse(responseCode = "200", description = "The stream; it stays open", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "sample", value = ": press-stats changes\nretry: 3000\n\nid: 5\nevent: report\n"
                    + "data: {\"entity\":\"report\",\"key\":\"bratsk/2023\",\"action\":\"REPLACE\",\"version\":2,"
                    + "\"dataVersion\":17,\"at\":\"2024-02-01T09:30:00Z\"}\n\n")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", description = "This instance already serves its limit of streams "
            + "(`PRESS_STATS_CHANGES_MAX_CLIENTS`), or the database is not reachable to say where the stream starts",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public void stream(@Context SseEventSink sink, @Context Sse sse, @Context HttpServerResponse response,
            @Parameter(description = "Only changes of these kinds (repeatable): `city`, `report`, `metric`", example = "report")
                    @QueryParam("entity") List<String> entity,
            @Parameter(description = "Only changes of these cities and their reports, by slug (repeatable); metrics belong to no city",
                    example = "bratsk") @QueryParam("city") List<String> city,
            @Parameter(description = "Resume after this event id", example = "4") @HeaderParam("Last-Event-ID") String lastEventId) {
        ChangeStream.Filter filter = new ChangeStream.Filter(entities(entity), new LinkedHashSet<>(CityFilterParams.slugs(city)));
        Long position = position(lastEventId);
        // never stored by caches, never held back by a buffering proxy (nginx reads X-Accel-Buffering)
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store").putHeader("X-Accel-Buffering", "no");
        streams.open(sink, sse, filter, position);
    }

    private static Set<String> entities(List<String> values) {
        Set<String> entities = new LinkedHashSet<>();
        for (String value : values) {
            String entity = value.strip().toLowerCase(Locale.ROOT);
            if (!ENTITIES.contains(entity)) {
                throw ProblemException.badRequest("entity", "'" + value + "' is not one of city, report, metric");
            }
            entities.add(entity);
        }
        return entities;
    }

    private static Long position(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(lastEventId.strip());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest("Last-Event-ID", "must be the id of an event of this stream, a non-negative integer");
    }
}
