package org.pressstats.bulk;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pressstats.common.AcceptHeader;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.ext.web.RoutingContext;

@Path("/api/v1/export")
@Tag(name = "Import and export")
public class ExportResource {

    @Inject
    ExportService service;

    @GET
    @Produces({ BulkFormat.CSV_TYPE, BulkFormat.NDJSON_TYPE, BulkFormat.XLSX_TYPE })
    @Operation(summary = "Export reports", description = "The reports the filters select, as a file to download "
            + "(`Content-Disposition`), streamed in constant memory: `Accept: text/csv` or the .xlsx type gives the long "
            + "format of the import (one figure per row; only the figures of `metric` when given), "
            + "`application/x-ndjson` one whole report document per line. The strong `ETag` is the data version: "
            + "`If-None-Match` with it answers 304. What an export gives, an import takes back unchanged.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "sample", ref = "import-csv")),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "sample", ref = "import-ndjson")),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "304", description = "Not modified since the tag in `If-None-Match`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response reports(@BeanParam ExportFilter filter, @Context HttpHeaders headers,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context RoutingContext routing) {
        BulkFormat format = format(headers);
        return answer(service.export(ExportService.Kind.REPORTS, filter, format), format, ifNoneMatch, routing);
    }

    @GET
    @Path("cities")
    @Produces({ BulkFormat.CSV_TYPE, BulkFormat.NDJSON_TYPE, BulkFormat.XLSX_TYPE })
    @Operation(summary = "Export cities", description = "The cities the `city` and `district` filters select, in the "
            + "columns of the city import (CSV, XLSX) or as city documents (NDJSON), streamed, with the data version as "
            + "the strong `ETag`.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "sample", ref = "import-cities-csv")),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "304", description = "Not modified since the tag in `If-None-Match`")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response cities(@BeanParam ExportFilter filter, @Context HttpHeaders headers,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch, @Context RoutingContext routing) {
        BulkFormat format = format(headers);
        return answer(service.export(ExportService.Kind.CITIES, filter, format), format, ifNoneMatch, routing);
    }

    private static Response answer(ExportService.Export export, BulkFormat format, String ifNoneMatch, RoutingContext routing) {
        // a HEAD, a 304, a failure or a client gone before the body: the body is never written, and the snapshot's
        // connection would stay checked out, idle in its transaction, for good. Giving it back rolls that transaction
        // back, a round trip: on a worker, not on the event loop that ends the response
        routing.addEndHandler(ended -> Infrastructure.getDefaultWorkerPool().execute(export.release()));
        String tag = "\"" + export.tag().getValue() + "\"";
        if (ifNoneMatch != null && List.of(ifNoneMatch.split(",")).stream().anyMatch(t -> t.strip().equals(tag) || t.strip().equals("*"))) {
            return Response.notModified(export.tag()).build();
        }
        return Response.ok(export.body(), format.mediaType).tag(export.tag())
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    /** The first of the three formats the client accepts; CSV when it takes anything. */
    private static BulkFormat format(HttpHeaders headers) {
        for (MediaType type : AcceptHeader.mediaTypes(headers)) {
            for (BulkFormat format : BulkFormat.values()) {
                if (type.isCompatible(MediaType.valueOf(format.mediaType))) {
                    return format;
                }
            }
        }
        return BulkFormat.CSV;
    }
}
