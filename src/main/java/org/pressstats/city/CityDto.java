package org.pressstats.city;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A city as the API shows it; read-only fields in a request body are ignored. */
@Schema(name = "City", description = "A city whose press service files reports")
@JsonIgnoreProperties(value = { "createdAt", "updatedAt", "version" }, allowGetters = true)
public record CityDto(
        @Schema(description = "URL key, immutable; optional in PUT (taken from the path)", examples = "bratsk")
        @Pattern(regexp = CityDto.SLUG, message = "must be 2-63 characters: a lower-case Latin letter, then letters, digits or '-'")
        String slug,
        @Schema(description = "Name in Russian", examples = "Братск", required = true)
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Region (субъект РФ)", examples = "Иркутская область")
        @Size(max = 200) String region,
        @Schema(description = "Federal district; see GET /api/v1/federal-districts", examples = "SIBERIAN")
        FederalDistrict federalDistrict,
        @Schema(description = "Residents, when known (for per-capita figures)")
        @Positive Long population,
        @Schema(description = "Official website, an absolute http(s) URL", examples = "https://www.bratsk-city.ru/")
        @Size(max = 2048) @Pattern(regexp = "^https?://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?$", message = "must be an absolute http(s) URL")
        String website,
        @Schema(readOnly = true, examples = "2026-11-22T04:00:00Z") Instant createdAt,
        @Schema(readOnly = true, examples = "2026-11-22T04:00:00Z") Instant updatedAt,
        @Schema(readOnly = true, description = "Increases with every change", examples = "0") Long version) {

    public static final String SLUG = "^[a-z][a-z0-9-]{1,62}$";

    static CityDto of(City city) {
        return new CityDto(city.slug, city.name, city.region, city.federalDistrict, city.population, city.website,
                city.createdAt, city.updatedAt, city.version);
    }

    /** Same writable content, ignoring slug and read-only fields. */
    boolean sameContentAs(City city) {
        return name.equals(city.name) && java.util.Objects.equals(region, city.region)
                && federalDistrict == city.federalDistrict && java.util.Objects.equals(population, city.population)
                && java.util.Objects.equals(website, city.website);
    }
}
