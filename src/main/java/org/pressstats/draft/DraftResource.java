package org.pressstats.draft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;

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
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.pressstats.city.CityDto;
import org.pressstats.common.Params;
import org.pressstats.common.ProblemException;
import org.pressstats.common.ProblemType;
import org.pressstats.report.ReportService;

@Path("/api/v1/drafts")
@Tag(name = "Drafts")
@Produces(MediaType.APPLICATION_JSON)
public class DraftResource {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOC = "application/msword";
    public static final String PDF = "application/pdf";
    public static final String ODT = "application/vnd.oasis.opendocument.text";

    @Inject
    DraftService service;

    @POST
    @Consumes({ MediaType.TEXT_PLAIN, DOCX, DOC, ODT, PDF })
    @Operation(summary = "Draft a report from a narrative", description = "Reads a city's narrative report (the answer to "
            + "«Что наиболее значительное удалось сделать … в N году» and «Какие задачи стоят в N+1 году») and answers a "
            + "draft in the API's own report format, to check and then PUT to /api/v1/cities/{city}/reports/{year}. "
            + "Every figure comes with the quote it was read from and its offsets in the text (UTF-16 code units, as "
            + "Java and JavaScript count: `text.substring(start, end)` is the quote); every other number is listed in "
            + "`unplaced` with the reason it is not a figure. Metrics are recognised by the `keywords` of the metric "
            + "catalog, and take only the `levels` their metric has. The body is the text as `text/plain; charset=UTF-8`, "
            + "a Word file as `" + DOCX + "` or (Word 97-2003) `" + DOC + "`, an OpenDocument text as `" + ODT + "`, a PDF "
            + "as `" + PDF + "` (its text: a scan has none), or a file upload as `multipart/form-data` (part `file`: .txt, "
            + ".docx, .doc, .odt or .pdf). For a file "
            + "the answer carries the text read from it, which the offsets index. "
            + "The city comes from `city` or the first line, the year from `year` or the headings; `warnings` says "
            + "which. Stores nothing; anyone may call it.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, maxLength = 200000),
                    examples = @ExampleObject(name = "bratsk-2023", ref = "narrative-bratsk-2023")),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = DOC, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ODT, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "file",
                    properties = @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                            description = "The report: a .txt (UTF-8), .docx, .doc, .odt or .pdf file"))) })
    @APIResponse(responseCode = "200", description = "The draft, its evidence, the numbers left out and the warnings",
            content = @Content(schema = @Schema(implementation = DraftAnswer.class),
                    examples = @ExampleObject(name = "bratsk-2023", ref = "draft-bratsk-2023")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "413", ref = "DraftTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public DraftAnswer draft(
            @Parameter(description = "The city's slug; absent: the city the first line names", example = "bratsk") @QueryParam("city") String city,
            @Parameter(description = "The year reported on; absent: the year the headings name", example = "2023",
                    schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("year") String year,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        boolean file = isFileType(contentType);
        if (!file) {
            requireUtf8(contentType);
        }
        String text = file ? service.document(body) : service.decode(body);
        return service.draft(text, city(city), year(year), file);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public DraftAnswer upload(@QueryParam("city") String city, @QueryParam("year") String year, @RestForm("file") FileUpload file) {
        if (file == null) {
            throw ProblemException.badRequest("file", "is required: the report as a .txt, .docx, .doc, .odt or .pdf file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        boolean document = isFileType(file.contentType()) || name.matches(".*\\.(docx|doc|odt|pdf)") || DraftService.isDocument(bytes);
        String text = document ? service.document(bytes) : service.decode(bytes);
        return service.draft(text, city(city), year(year), true);
    }

    /** A Word, OpenDocument or PDF media type, which {@link DraftService#document} reads. */
    private static boolean isFileType(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith(DOCX) || type.startsWith(DOC) || type.startsWith(ODT) || type.startsWith(PDF);
    }

    private static String city(String city) {
        if (city == null || city.isEmpty()) {
            return null;
        }
        if (!city.matches(CityDto.SLUG)) {
            throw ProblemException.badRequest("city", "'" + city + "' is not a valid slug (2-63 characters: a lower-case "
                    + "Latin letter, then letters, digits or '-')");
        }
        return city;
    }

    private static Integer year(String raw) {
        Integer year = Params.integer("year", raw);
        if (year != null) {
            ReportService.checkYear("year", year);
        }
        return year;
    }

    /** Text is read as UTF-8; a body that says it is in another charset is refused rather than misread. */
    private static void requireUtf8(String contentType) {
        if (contentType == null) {
            return;
        }
        for (String param : contentType.split(";")) {
            String[] pair = param.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String charset = pair[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8") && !charset.equals("us-ascii")) {
                    throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "charset '" + pair[1].strip()
                            + "' is not read here: send the text as text/plain; charset=UTF-8");
                }
            }
        }
    }
}
