package dev.atrium.adapter.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An acknowledged write survives {@code kill -9} on the embedded H2 file as it does on PostgreSQL.
 * H2's store otherwise writes commits to its file up to 500 ms late, so a killed process loses
 * what it already answered (and gives a lost event's id to a new one). {@code WRITE_DELAY=0} makes
 * every commit reach the file before the commit returns; whatever delay a configured URL asks for
 * is replaced, because no setting may trade answered writes for speed. What it costs and what it
 * does not promise (a power loss) is in docs/operations.md.
 */
@Singleton
final class DurableH2Commits implements BeanCreatedEventListener<DatasourceConfiguration> {
    private static final String H2 = "jdbc:h2:";
    private static final String WRITE_DELAY = "WRITE_DELAY";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (url != null) {
            String durable = durableUrl(url);
            configuration.setUrl(durable);
            configuration.setJdbcUrl(durable);
        }
        return configuration;
    }

    /** The URL with every commit written before it returns, when it names an embedded H2 file; any other URL as it is. */
    static String durableUrl(String url) {
        return isEmbeddedFile(url) ? withoutWriteDelay(url) + ";" + WRITE_DELAY + "=0" : url;
    }

    /** A database H2 keeps in a file of this process, not in memory, nor behind an H2 server that owns its own durability. */
    private static boolean isEmbeddedFile(String url) {
        if (!url.regionMatches(true, 0, H2, 0, H2.length())) {
            return false;
        }
        String location = url.substring(H2.length()).toLowerCase(Locale.ROOT);
        return !(location.startsWith("mem:") || location.startsWith("tcp:") || location.startsWith("ssl:")
                || location.startsWith("zip:"));
    }

    private static String withoutWriteDelay(String url) {
        return Arrays.stream(url.split(";"))
                .filter(part -> !part.split("=", 2)[0].trim().equalsIgnoreCase(WRITE_DELAY))
                .collect(Collectors.joining(";"));
    }
}
