package org.pressstats.common;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** Who is asking: the token's subject and what its roles and `cities` claim allow. */
@ApplicationScoped
public class Caller {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    /** The actor of writes made by the service itself (sample data at start), outside any request. */
    public static final String SYSTEM = "press-stats";

    private static final Logger LOG = Logger.getLogger(Caller.class);

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    void onStart(@Observes StartupEvent event, Config config) {
        boolean keyed = Stream.of("mp.jwt.verify.publickey.location", "mp.jwt.verify.publickey", "smallrye.jwt.verify.key.location")
                .anyMatch(name -> config.getOptionalValue(name, String.class).isPresent());
        if (!keyed) {
            LOG.warn("No JWT verification key: set MP_JWT_VERIFY_PUBLICKEY_LOCATION and MP_JWT_VERIFY_ISSUER; until then every write is a 401");
        } else if (config.getOptionalValue("mp.jwt.verify.issuer", String.class).isEmpty()) {
            LOG.warn("MP_JWT_VERIFY_ISSUER is not set: tokens from any issuer signed by the configured key are accepted");
        }
    }

    /** The token subject, recorded as the actor of a change. */
    public String name() {
        if (!inRequest() || identity.isAnonymous()) {
            return SYSTEM;
        }
        String name = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null ? jwt.getSubject()
                : identity.getPrincipal().getName();
        // the history keeps 1 to 300 characters of text; a write that cannot say who made it is not made
        if (name == null || name.isEmpty() || name.length() > 300 || name.indexOf('\u0000') >= 0) {
            throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "the token's subject (sub) must be 1 to 300 characters without the NUL character: it is recorded as who made the change");
        }
        return name;
    }

    /** 403 unless the caller is an admin or an editor whose `cities` claim lists the city. */
    public void requireEditorOf(String citySlug) {
        if (identity.isAnonymous() && inRequest()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, "send a bearer token");
        }
        if (!mayEdit(citySlug)) {
            throw new ProblemException(ProblemType.FORBIDDEN, refusal(citySlug));
        }
    }

    /** Whether the caller may change the reports of a city: an admin, an editor of it, or the service itself. */
    public boolean mayEdit(String citySlug) {
        if (!inRequest() || identity.hasRole(ADMIN)) {
            return true;
        }
        return !identity.isAnonymous() && identity.hasRole(EDITOR) && cities().contains(citySlug);
    }

    /** Why the caller may not change a city's reports, in the words of a 403. */
    public String refusal(String citySlug) {
        Set<String> cities = cities();
        return "this token may not change reports of city '" + citySlug + "'; it may change reports of "
                + (cities.isEmpty() || !identity.hasRole(EDITOR) ? "no city" : "cities " + String.join(", ", cities));
    }

    private Set<String> cities() {
        Set<String> slugs = new TreeSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim("cities");
            if (claim instanceof JsonArray array) {
                array.forEach(v -> {
                    if (v instanceof JsonString s) {
                        slugs.add(s.getString());
                    }
                });
            } else if (claim instanceof Collection<?> values) {
                values.forEach(v -> slugs.add(String.valueOf(v)));
            } else if (claim instanceof JsonString s) {
                slugs.add(s.getString());
            } else if (claim instanceof String s) {
                slugs.add(s);
            }
        }
        return slugs;
    }

    /** Serving an HTTP request; otherwise the service itself is writing (sample data at start). */
    private boolean inRequest() {
        return Arc.container().requestContext().isActive() && request.getCurrent() != null;
    }
}
