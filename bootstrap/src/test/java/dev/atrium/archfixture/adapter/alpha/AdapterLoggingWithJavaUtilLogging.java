package dev.atrium.archfixture.adapter.alpha;

import java.util.logging.Logger;

// Breaks "no class uses java.util.logging".
public final class AdapterLoggingWithJavaUtilLogging {
    private static final Logger LOG = Logger.getLogger(AdapterLoggingWithJavaUtilLogging.class.getName());

    private AdapterLoggingWithJavaUtilLogging() {
    }

    static void report(String message) {
        LOG.info(message);
    }
}
