package dev.atrium.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts Atrium: REST API on port 8080 (or MICRONAUT_SERVER_PORT), H2 under ./data unless ATRIUM_DB_URL says otherwise. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}
