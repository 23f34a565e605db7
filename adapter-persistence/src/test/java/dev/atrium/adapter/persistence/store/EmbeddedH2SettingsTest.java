package dev.atrium.adapter.persistence.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmbeddedH2SettingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:file:./data/atrium | jdbc:h2:file:./data/atrium;DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE;WRITE_DELAY=0",
            "jdbc:h2:/srv/atrium | jdbc:h2:/srv/atrium;DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE;WRITE_DELAY=0",
            "jdbc:h2:file:./data/atrium;write_delay=500;MODE=PostgreSQL | jdbc:h2:file:./data/atrium;MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE;WRITE_DELAY=0",
            "JDBC:H2:FILE:./data/atrium;WRITE_DELAY = 2000;db_close_on_exit=true | JDBC:H2:FILE:./data/atrium;DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE;WRITE_DELAY=0"})
    void anEmbeddedFileWritesEveryCommitBeforeItReturnsAndClosesWithTheServiceWhateverTheUrlAsked(String configured, String durable) {
        assertEquals(durable, EmbeddedH2Settings.openedUrl(configured));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:mem:atrium;DB_CLOSE_DELAY=-1 | jdbc:h2:mem:atrium;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE",
            "jdbc:h2:tcp://db.example:9092/atrium;optimize_reuse_results=true | jdbc:h2:tcp://db.example:9092/atrium;OPTIMIZE_REUSE_RESULTS=FALSE",
            "jdbc:h2:ssl://db.example/atrium | jdbc:h2:ssl://db.example/atrium;OPTIMIZE_REUSE_RESULTS=FALSE"})
    void everyOtherH2DatabaseNeverReusesAnEarlierResultButKeepsItsOwnDurability(String configured, String opened) {
        assertEquals(opened, EmbeddedH2Settings.openedUrl(configured));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"jdbc:postgresql://127.0.0.1:5432/atrium?currentSchema=x"})
    void otherDatabasesKeepTheirUrl(String url) {
        assertEquals(url, EmbeddedH2Settings.openedUrl(url));
    }
}
