package dev.atrium.bootstrap.fuzz;

import java.util.Optional;

/**
 * One route of the service as the fuzz calls it when nothing is hostile yet: the credential it
 * needs, a valid query and a valid body with its content type. A body may hold {@code {unique}},
 * a fresh value on each request so that creations do not all collide, and {@code {joinToken}}.
 */
record FuzzRoute(String method, String template, Credential credential, String query,
                 Optional<String> body, Optional<String> contentType) {
    /** The kinds of credential a route may need, as the authentication filter tells them apart. */
    enum Credential {
        NONE, ADMIN_TOKEN, API_KEY, JOIN_TOKEN, SESSION, API_KEY_OR_SESSION
    }

    static FuzzRoute without(String method, String template, Credential credential) {
        return new FuzzRoute(method, template, credential, "", Optional.empty(), Optional.empty());
    }

    static FuzzRoute json(String method, String template, Credential credential, String body) {
        return withBody(method, template, credential, body, "application/json");
    }

    static FuzzRoute withBody(String method, String template, Credential credential, String body, String contentType) {
        return new FuzzRoute(method, template, credential, "", Optional.of(body), Optional.of(contentType));
    }

    FuzzRoute query(String validQuery) {
        return new FuzzRoute(method, template, credential, validQuery, body, contentType);
    }

    /** How the route is named in the service's router: method and URI template. */
    String key() {
        return method + " " + template;
    }
}
