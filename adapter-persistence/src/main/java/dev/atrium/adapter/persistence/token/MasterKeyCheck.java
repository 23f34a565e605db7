package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.crypto.MasterKey;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

import javax.sql.DataSource;

/**
 * Opens one stored signing key as the node starts, so that a node given the wrong master key stops
 * at once with {@link dev.atrium.adapter.persistence.crypto.MasterKeyMismatchException}, instead of
 * starting healthy and failing every token it is asked for.
 */
@Singleton
@Requires(beans = DataSource.class)
class MasterKeyCheck implements ApplicationEventListener<StartupEvent> {
    private final SigningKeyRowRepository rows;
    private final MasterKey masterKey;

    MasterKeyCheck(SigningKeyRowRepository rows, MasterKey masterKey) {
        this.rows = rows;
        this.masterKey = masterKey;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        rows.findFirstOrderByKid().ifPresent(row -> masterKey.open(row.sealedSecret(), row.kid()));
    }
}
