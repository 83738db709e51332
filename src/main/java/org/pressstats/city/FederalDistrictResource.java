package org.pressstats.city;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/federal-districts")
@Tag(name = "Cities")
@Produces(MediaType.APPLICATION_JSON)
public class FederalDistrictResource {

    @Schema(name = "FederalDistrictInfo", description = "A federal district with its Russian names")
    public record District(
            @Schema(examples = "SIBERIAN") FederalDistrict code,
            @Schema(examples = "Сибирский федеральный округ") String nameRu,
            @Schema(examples = "СФО") String abbreviationRu) {
    }

    private static final List<District> ALL = Arrays.stream(FederalDistrict.values())
            .map(d -> new District(d, d.nameRu, d.abbreviationRu)).toList();

    @GET
    @Operation(summary = "List federal districts", description = "The catalog of federal districts: the codes "
            + "used by `federalDistrict` and the `district` filters, with Russian names and abbreviations.")
    @APIResponse(responseCode = "200", description = "All eight districts, west to east")
    public List<District> list() {
        return ALL;
    }
}
