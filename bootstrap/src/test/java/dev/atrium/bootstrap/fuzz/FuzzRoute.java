package dev.atrium.bootstrap.fuzz;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route of the service as the fuzz calls it when nothing is hostile yet: the credential it
 * needs, a valid query and a valid body with its content type. Bodies and queries may hold
 * {@code {unique}}, replaced by a fresh value on each request so that creations do not all collide.
 */
record FuzzRoute(String method, String template, Credential credential, String query,
                 Optional<String> body, Optional<String> contentType) {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

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

    /** The names of the path variables, in the order they appear. */
    List<String> variables() {
        Matcher matcher = VARIABLE.matcher(template);
        return matcher.results().map(result -> result.group(1)).toList();
    }

    /** How the route is named in the service's router: method and URI template. */
    String key() {
        return method + " " + template;
    }
}
