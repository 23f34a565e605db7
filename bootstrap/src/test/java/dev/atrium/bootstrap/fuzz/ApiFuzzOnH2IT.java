package dev.atrium.bootstrap.fuzz;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;

/** The fuzz of every route on the default wiring: H2, tokens signed with HS256. */
@MicronautTest
class ApiFuzzOnH2IT {
    @Inject
    EmbeddedServer server;
    @Inject
    Router router;

    @Test
    void everyRouteOfTheServiceIsFuzzedButTheJwksOfES256() {
        ApiFuzz.assertEveryRouteIsFuzzed(router, Set.of("GET /.well-known/jwks.json"));
    }

    @Test
    void noHostileRequestGetsA5xxOrAnAnswerWithoutAProblemCode() {
        ApiFuzz.run(server, "H2");
    }
}
