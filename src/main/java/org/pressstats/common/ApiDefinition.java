package org.pressstats.common;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contract's title, tags and shared schemas; the rest comes from the resources and {@link OpenApiComponents}. */
@OpenAPIDefinition(
        info = @Info(title = "press-stats", version = "1",
                description = "Yearly activity records of city press services (press releases, media work, social "
                        + "accounts, special projects, goals), one per city and year, with every figure kept at the "
                        + "level and precision its report gave. Errors are RFC 9457 `application/problem+json`. "
                        + "Single resources carry a strong `ETag`; send `If-None-Match` to get 304 and `If-Match` "
                        + "to update safely. Lists are paged (`page`, `size` ≤ 200, `sort`) with an RFC 8288 `Link` header. "
                        + "Reads are public unless the deployment requires a token for them; writes need a bearer "
                        + "JWT (see the `bearer` scheme), and every change is kept in the history.",
                license = @License(name = "Proprietary")),
        tags = {
                @Tag(name = "Cities", description = "Cities whose press services report, and the federal districts"),
                @Tag(name = "Reports", description = "City-year activity records: prose, figures and highlights"),
                @Tag(name = "Metrics", description = "The catalog of metrics that figures use"),
                @Tag(name = "History", description = "Every change to cities, reports and metrics, kept for good; "
                        + "versions of a report and their restore, and the change log"),
                @Tag(name = "Stats", description = "Aggregates for dashboards: totals, series, rankings, growth, "
                        + "breakdowns, coverage; every number with its qualifier, cheap to poll"),
                @Tag(name = "Changes", description = "Committed changes as they happen (Server-Sent Events), for "
                        + "dashboards that refresh at once instead of at their next poll")
        },
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class),
                securitySchemes = @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT")))
public class ApiDefinition {
}
