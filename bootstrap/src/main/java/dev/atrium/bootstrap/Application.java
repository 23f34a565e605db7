package dev.atrium.bootstrap;

import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Atrium: REST API on port 8080 (or MICRONAUT_SERVER_PORT), H2 under ./data unless ATRIUM_DB_URL says otherwise. */
public final class Application extends Micronaut {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        new Application()
                .args(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }

    /** A setting the operator got wrong is told in one line that says what to set, not in a stack trace. */
    @Override
    protected void handleStartupException(Environment environment, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigurationException misconfigured) {
                LOG.error("Atrium cannot start: {}", misconfigured.getMessage());
                System.exit(1);
            }
        }
        super.handleStartupException(environment, failure);
    }
}
