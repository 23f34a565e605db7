package dev.atrium.adapter.persistence.store;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How the service opens an embedded H2 file, whatever its configured URL says, so that it keeps
 * the promises PostgreSQL keeps:
 * <ul>
 * <li>An acknowledged write survives {@code kill -9}. H2's store otherwise writes commits to its
 * file up to 500 ms late, so a killed process loses what it already answered (and gives a lost
 * event's id to a new one). {@code WRITE_DELAY=0} makes every commit reach the file before the
 * commit returns; no setting may trade answered writes for speed. What it costs, and what it does
 * not promise (a power loss), is in docs/operations.md.
 * <li>A stop drains first. H2 otherwise closes the database from its own shutdown hook, while the
 * server still finishes the requests in flight, and they fail with "Database is already closed".
 * With {@code DB_CLOSE_ON_EXIT=FALSE} the database closes when the service closes its pool, after
 * the drain.
 * <li>A transaction reads what the one before it committed. H2 otherwise hands a statement the
 * result that the same statement gave earlier on the same connection when no data changed since;
 * a commit of changes made before that earlier read does not count as a change, so a pooled
 * connection whose last read of a live room came between another transaction's writes and its
 * commit gave the next change of that room, after it had waited for the room's lock, the old row
 * (two joins drew one event number). {@code OPTIMIZE_REUSE_RESULTS=FALSE} stops the reuse, for
 * every H2 database, in memory too.
 * </ul>
 */
@Singleton
final class EmbeddedH2Settings implements BeanCreatedEventListener<DatasourceConfiguration> {
    private static final String H2 = "jdbc:h2:";
    private static final Map<String, String> FILE_SETTINGS = Map.of("WRITE_DELAY", "0", "DB_CLOSE_ON_EXIT", "FALSE");
    private static final Map<String, String> EVERY_H2_SETTINGS = Map.of("OPTIMIZE_REUSE_RESULTS", "FALSE");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        String url = configuration.getUrl();
        if (url != null) {
            String opened = openedUrl(url);
            configuration.setUrl(opened);
            configuration.setJdbcUrl(opened);
        }
        return configuration;
    }

    /**
     * The URL with Atrium's settings in place of any the URL gave: for every H2 database those that
     * keep reads true, for an embedded H2 file also those that keep writes; any other URL as it is.
     */
    static String openedUrl(String url) {
        if (!url.regionMatches(true, 0, H2, 0, H2.length())) {
            return url;
        }
        Map<String, String> settings = new TreeMap<>(EVERY_H2_SETTINGS);
        if (isEmbeddedFile(url)) {
            settings.putAll(FILE_SETTINGS);
        }
        String others = Arrays.stream(url.split(";"))
                .filter(part -> !settings.containsKey(part.split("=", 2)[0].trim().toUpperCase(Locale.ROOT)))
                .collect(Collectors.joining(";"));
        return others + settings.entrySet().stream()
                .map(setting -> ";" + setting.getKey() + "=" + setting.getValue())
                .collect(Collectors.joining());
    }

    /** An H2 URL of a file of this process, not in memory, nor behind an H2 server that owns its own durability. */
    private static boolean isEmbeddedFile(String url) {
        String location = url.substring(H2.length()).toLowerCase(Locale.ROOT);
        return !(location.startsWith("mem:") || location.startsWith("tcp:") || location.startsWith("ssl:")
                || location.startsWith("zip:"));
    }
}
