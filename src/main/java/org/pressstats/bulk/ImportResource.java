package org.pressstats.bulk;

import java.io.InputStream;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pressstats.common.Caller;
import org.pressstats.common.ProblemException;
import org.pressstats.common.ProblemType;

@Path("/api/v1/import")
@Tag(name = "Import and export")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ReportImport figures;

    @Inject
    ReportLinesImport reports;

    @Inject
    CityImport cities;

    @POST
    @Consumes({ BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE, BulkFormat.NDJSON_TYPE })
    @Operation(summary = "Import reports in bulk", description = "Many city-years in one request, all or nothing. CSV and "
            + "XLSX are the long format, one figure per row: `city,year,metric,owner,platform,value,qualifier,baseline,note` "
            + "(owner and platform empty for a total, qualifier empty for EXACT; CSV in UTF-8, with or without a BOM, "
            + "comma or semicolon between fields, RFC 4180 quoting; XLSX: the first sheet, values only). Each city-year "
            + "the file names gets exactly the figures of its rows, in file order; its prose and highlights stay "
            + "(a city-year without a report gets one). NDJSON is one report document per line, as GET answers it, and "
            + "replaces whole reports. Every row is checked with the rules of a single report's PUT; one bad row and "
            + "nothing is written: the 422 lists every bad row (the first 1 000) with its line (or sheet row), column, "
            + "value and what is wrong. Cities must exist: import them first (POST /api/v1/import/cities). A city-year "
            + "whose figures are already those of the file is left as it is (no new version). Each changed report gets "
            + "its history entry and its roll-up, in the same transaction. Admins import anything; an editor only rows "
            + "of the cities in its token. Up to 100 MiB (`PRESS_STATS_IMPORT_MAX_BYTES`), read as a stream.")
    @RequestBody(required = true, content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "sample", ref = "import-csv")),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "sample", ref = "import-ndjson")),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Imported (or, with dryRun, checked): what changed",
            content = @Content(schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "sample", ref = "import-result")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "ImportTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "ImportRejected")
    @RolesAllowed({ Caller.ADMIN, Caller.EDITOR })
    public ImportResult reports(@Parameter(description = "true: check and count, write nothing", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        BulkFormat format = format(contentType);
        return format == BulkFormat.NDJSON ? reports.reports(body, dryRun(dryRun))
                : figures.figures(format, body, dryRun(dryRun));
    }

    @POST
    @Path("cities")
    @Consumes({ BulkFormat.CSV_TYPE, BulkFormat.XLSX_TYPE, BulkFormat.NDJSON_TYPE })
    @Operation(summary = "Import cities in bulk", description = "Creates or replaces cities, all or nothing: CSV or XLSX "
            + "with the columns `slug,name,region,federalDistrict,population,website` (slug and name required), or NDJSON "
            + "with one city document per line. Each city as its PUT would write it, with its history entry; a city "
            + "already as the file gives it is left as it is. Reports name existing cities, so a restore imports the "
            + "cities first, then the reports.")
    @RequestBody(required = true, content = {
            @Content(mediaType = BulkFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "sample", ref = "import-cities-csv")),
            @Content(mediaType = BulkFormat.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = BulkFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "Imported (or, with dryRun, checked): what changed",
            content = @Content(schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "sample", ref = "import-cities-result")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "ImportTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "ImportRejected")
    @RolesAllowed(Caller.ADMIN)
    public ImportResult cities(@Parameter(description = "true: check and count, write nothing", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("dryRun") String dryRun, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return cities.cities(format(contentType), body, dryRun(dryRun));
    }

    private static BulkFormat format(String contentType) {
        BulkFormat format = BulkFormat.of(contentType);
        if (format == null) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send text/csv, application/x-ndjson or "
                    + BulkFormat.XLSX_TYPE);
        }
        for (String param : format == BulkFormat.XLSX ? new String[0] : contentType.split(";")) {
            String[] pair = param.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")
                    && !pair[1].strip().replace("\"", "").toLowerCase(Locale.ROOT).matches("utf-?8")) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "charset '" + pair[1].strip()
                        + "' is not read here: imports are UTF-8");
            }
        }
        return format;
    }

    private static boolean dryRun(String raw) {
        if (raw == null || raw.isEmpty() || raw.equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.equalsIgnoreCase("true")) {
            return true;
        }
        throw ProblemException.badRequest("dryRun", "'" + raw + "' is not true or false");
    }
}
