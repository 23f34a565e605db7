package dev.atrium.adapter.rest.auth;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route of the API says which credential it takes, where it is written; the router's own list
 * of routes is what is checked, so a new route cannot slip by. An admin token and ES256 are set so
 * that the routes which exist only with them (admin, JWKS) are checked too.
 */
@MicronautTest
@Property(name = "atrium.admin.token", value = "admin-token-for-the-route-scan-0123456789")
@Property(name = "atrium.tokens.algorithm", value = "es256")
class RouteCredentialsIT {
    private static final String FILTERED = "/v1/";

    @Inject
    Router router;

    @Test
    void everyRouteOfTheApiDeclaresItsCredential() {
        List<String> undeclared = apiRoutes().stream().filter(route -> declared(route).isEmpty())
                .map(RouteCredentialsIT::describe).distinct().toList();

        assertEquals(List.of(), undeclared, "routes without @RequiresCredential");
    }

    /** The filter only sees /v1: a credential declared outside it would be enforced by nobody. */
    @Test
    void aRouteOutsideTheFilteredPathsTakesNoCredential() {
        List<String> unenforced = apiRoutes().stream()
                .filter(route -> !route.getUriMatchTemplate().toPathString().startsWith(FILTERED))
                .filter(route -> declared(route).filter(credential -> credential != Credential.NONE).isPresent())
                .map(RouteCredentialsIT::describe).distinct().toList();

        assertEquals(List.of(), unenforced, "routes outside " + FILTERED + " that declare a credential");
    }

    /** Guards the scan itself: were routes missing from it, the tests above would pass on nothing. */
    @Test
    void theRoutesCheckedIncludeEachKindOfCredential() {
        List<Credential> declared = apiRoutes().stream().flatMap(route -> declared(route).stream()).distinct().toList();

        assertTrue(declared.containsAll(List.of(Credential.values())), "declared: " + declared);
    }

    private List<UriRouteInfo<?, ?>> apiRoutes() {
        return router.uriRoutes().filter(route -> route.getDeclaringType().getPackageName().startsWith("dev.atrium"))
                .<UriRouteInfo<?, ?>>map(route -> route).toList();
    }

    private static Optional<Credential> declared(UriRouteInfo<?, ?> route) {
        return route.getAnnotationMetadata().enumValue(RequiresCredential.class, Credential.class);
    }

    private static String describe(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate() + " (" + route.getDeclaringType().getSimpleName() + ")";
    }
}
