package org.pressstats.common;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The root: a browser gets a page of links (dashboard, API documentation); any other client the API's documentation. */
@Path("/")
public class RootResource {

    private static final String LINKS = """
            <!doctype html>
            <html lang="ru"><head><meta charset="utf-8"><title>press-stats</title><link rel="icon" href="data:,">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="stylesheet" href="/assets/dashboard.css"></head>
            <body><header><h1>press-stats</h1></header><main><section class="card wide">
            <p>Годовые отчёты пресс-служб городов: публикации, соцсети, пресс-мероприятия.</p>
            <ul>
            <li><a href="/dashboard">Панель</a>: итоги, рейтинг, динамика, разбивки и охват по показателю и году</li>
            <li><a href="/q/swagger-ui">API</a> (Swagger UI) и его контракт <a href="/q/openapi">OpenAPI</a></li>
            </ul></section></main></body></html>
            """;

    @GET
    @Operation(hidden = true)
    public Response root(@Context HttpHeaders headers) {
        boolean browser = AcceptHeader.mediaTypes(headers).stream()
                .anyMatch(type -> !type.isWildcardType() && type.isCompatible(MediaType.TEXT_HTML_TYPE));
        if (browser) {
            return Response.ok(LINKS, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return Response.seeOther(URI.create("/q/swagger-ui")).build();
    }
}
