package org.pressstats.draft;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pressstats.city.CityDto;
import org.pressstats.city.CityService;
import org.pressstats.common.ProblemException;
import org.pressstats.common.ProblemType;
import org.pressstats.metric.MetricLevel;
import org.pressstats.metric.MetricService;
import org.pressstats.report.ReportDto;

/** Drafts a report from a narrative: reads the text against the metric catalog and finds the city it is about. */
@ApplicationScoped
public class DraftService {

    @Inject
    MetricService metrics;

    @Inject
    CityService cities;

    @ConfigProperty(name = "press-stats.drafts.max-characters", defaultValue = "200000")
    int maxCharacters;

    /** The text of a body or file, strictly UTF-8; 400 for bytes that are not, or that are binary. */
    public String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw ProblemException.badRequest("body", "is not UTF-8 text: a malformed byte sequence near byte "
                    + firstMalformed(bytes) + "; send the text as UTF-8" + (isDocument(bytes) ? asDocument() : ""));
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("body", "is not UTF-8 text; send the text as UTF-8");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F) {
                throw ProblemException.badRequest("body", String.format("is binary, not text: control character U+%04X at "
                        + "character %d", (int) c, i) + (isDocument(bytes) ? asDocument() : ""));
            }
        }
        return text;
    }

    /**
     * The text of a report file: a PDF, a .docx, a Word 97-2003 .doc or an .odt, told apart by their first bytes whatever
     * the type said; 400 when the file is none of them or cannot be read.
     */
    public String document(byte[] bytes) {
        try {
            if (OdtText.looksLikeOdt(bytes)) {
                return OdtText.read(bytes);
            }
            if (DocxText.looksLikeZip(bytes)) {
                return DocxText.read(bytes);
            }
            if (DocxText.looksLikeOle2(bytes)) {
                return DocText.read(bytes);
            }
            if (PdfText.looksLikePdf(bytes)) {
                return PdfText.read(bytes, maxCharacters);
            }
        } catch (UnreadableFile e) {
            throw ProblemException.badRequest("body", e.getMessage());
        } catch (PdfText.TooLong e) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage());
        }
        throw ProblemException.badRequest("body", "is not a PDF, .docx, .doc or .odt file (its first bytes are none of "
                + "theirs); send the report as one of them or as UTF-8 text");
    }

    /** A file of a kind {@link #document} reads. */
    public static boolean isDocument(byte[] bytes) {
        return DocxText.looksLikeZip(bytes) || DocxText.looksLikeOle2(bytes) || PdfText.looksLikePdf(bytes);
    }

    private static String asDocument() {
        return "; this looks like a PDF, Word or OpenDocument file: send it with its own Content-Type (application/pdf, "
                + DraftResource.DOCX + ", application/msword, " + DraftResource.ODT + ") or as a file upload";
    }

    /**
     * Reads a narrative into a draft. {@code city} and {@code year}, when given, are already valid; {@code fromFile}:
     * the text was read from an upload, so the answer carries it for the offsets.
     */
    public DraftAnswer draft(String text, String city, Integer year, boolean fromFile) {
        if (text.isBlank()) {
            throw ProblemException.badRequest("body", "is empty: send the report's text");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxCharacters) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "the text has " + length + " characters; a draft "
                    + "reads at most " + maxCharacters);
        }
        List<MetricCatalog.Entry> catalog = metrics.all().stream().map(m -> new MetricCatalog.Entry(m.code(), m.kind(),
                m.keywords(), m.levels().isEmpty() ? EnumSet.noneOf(MetricLevel.class) : EnumSet.copyOf(m.levels()))).toList();
        Extraction read = new Extractor(text, catalog, Year.now().getValue()).extract(year);
        List<String> warnings = new ArrayList<>();
        CityFound found = city(read.cityLine(), text, city, warnings);
        warnings.addAll(read.warnings());
        ReportDto draft = new ReportDto(found.slug, read.year(), null, read.summary(), read.plans(), read.source(),
                read.figures(), read.highlights(), null, null, null);
        DraftAnswer.Found yearFrom = year != null ? DraftAnswer.Found.QUERY
                : read.year() != null ? DraftAnswer.Found.TEXT : DraftAnswer.Found.NONE;
        return new DraftAnswer(found.slug, found.name, found.exists, found.from, read.year(), yearFrom, draft,
                read.evidence(), read.unplaced(), List.copyOf(warnings), fromFile ? text : null);
    }

    private record CityFound(String slug, String name, boolean exists, DraftAnswer.Found from) {
    }

    private CityFound city(String line, String text, String given, List<String> warnings) {
        String named = CityLine.name(line);
        if (given != null) {
            Optional<CityDto> city = cities.find(given);
            if (city.isEmpty()) {
                warnings.add("city '" + given + "' does not exist yet: create it (PUT /api/v1/cities/" + given
                        + ") before the PUT of this draft");
            } else if (named != null && !CityLine.sameName(named, city.get().name())) {
                warnings.add("the first line names «" + line.strip() + "», but the draft is for city '" + given + "' ("
                        + city.get().name() + ") as given");
            }
            return new CityFound(given, city.map(CityDto::name).orElse(named), city.isPresent(), DraftAnswer.Found.QUERY);
        }
        Optional<CityDto> city = named == null ? Optional.empty() : existing(named);
        if (city.isPresent()) {
            return taken(city.get(), line, warnings);
        }
        // «Чайковского городского округа», «From: … г. Кузнецка», no city line at all: a town of Russia the line or the
        // text names where the words around say it is the municipality's
        String town = Towns.all().townOf(line);
        String source = town != null ? line : null;
        town = town != null ? town : Towns.all().mentioned(text, named == null);
        if (town != null) {
            city = existing(town);
            if (city.isPresent()) {
                return taken(city.get(), source, warnings);
            }
            String slug = CityLine.slug(town);
            warnings.add("the text names the town «" + town + "», " + notYet(slug));
            return new CityFound(slug, town, false, DraftAnswer.Found.TEXT);
        }
        if (named == null) {
            warnings.add("no city named on the first line: give the city's slug as ?city=");
            return new CityFound(null, null, false, DraftAnswer.Found.NONE);
        }
        // «Исполнительный комитет Альметьевского муниципального района»: the town the district is named after
        String guess = Objects.requireNonNullElse(CityLine.townOfDistrict(named), named);
        return guessed(line.strip(), guess, CityLine.slug(guess), warnings);
    }

    /** A city of this service a name read from the text is, in any case, or the district named after it. */
    private Optional<CityDto> existing(String named) {
        Optional<CityDto> city = cities.findByName(named);
        String slug = CityLine.slug(named);
        if (city.isEmpty() && slug != null) {
            city = cities.find(slug);
        }
        if (city.isEmpty() && named.length() >= 2) {
            // «Орла», «Набережных Челнов»: a case the nominative guess missed, of a city that exists; «Златоустовский
            // городской округ»: the district named after it
            List<CityDto> inflected = cities.findByNameStart(named.substring(0, 2)).stream()
                    .filter(c -> CityLine.inflects(c.name(), named) || CityLine.adjectiveOf(c.name(), named)).toList();
            city = inflected.size() == 1 ? Optional.of(inflected.get(0)) : Optional.empty();
        }
        return city;
    }

    private static CityFound taken(CityDto city, String line, List<String> warnings) {
        warnings.add("city '" + city.slug() + "' (" + city.name() + ") taken from " + (line == null ? "the text" : "the first line «"
                + line.strip() + "»"));
        return new CityFound(city.slug(), city.name(), true, DraftAnswer.Found.TEXT);
    }

    private static CityFound guessed(String line, String named, String slug, List<String> warnings) {
        if (slug == null) {
            warnings.add("the first line «" + line.strip() + "» names no city this service can make a slug for: give ?city=");
            return new CityFound(null, named, false, DraftAnswer.Found.NONE);
        }
        warnings.add("the first line names «" + named + "», " + notYet(slug));
        return new CityFound(slug, named, false, DraftAnswer.Found.TEXT);
    }

    private static String notYet(String slug) {
        return "which is not a city of this service yet: create it as '" + slug + "' (PUT /api/v1/cities/" + slug
                + ") before the PUT of this draft, or give another slug as ?city=";
    }

    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
