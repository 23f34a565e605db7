package dev.atrium.adapter.persistence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DurableH2CommitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:file:./data/atrium | jdbc:h2:file:./data/atrium;WRITE_DELAY=0",
            "jdbc:h2:/srv/atrium | jdbc:h2:/srv/atrium;WRITE_DELAY=0",
            "jdbc:h2:file:./data/atrium;write_delay=500;MODE=PostgreSQL | jdbc:h2:file:./data/atrium;MODE=PostgreSQL;WRITE_DELAY=0",
            "JDBC:H2:FILE:./data/atrium;WRITE_DELAY = 2000 | JDBC:H2:FILE:./data/atrium;WRITE_DELAY=0"})
    void anEmbeddedFileWritesEveryCommitBeforeItReturnsWhateverTheUrlAsked(String configured, String durable) {
        assertEquals(durable, DurableH2Commits.durableUrl(configured));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "jdbc:h2:mem:atrium;DB_CLOSE_DELAY=-1",
            "jdbc:h2:tcp://db.example:9092/atrium",
            "jdbc:h2:ssl://db.example/atrium",
            "jdbc:postgresql://127.0.0.1:5432/atrium?currentSchema=x"})
    void otherDatabasesKeepTheirUrl(String url) {
        assertEquals(url, DurableH2Commits.durableUrl(url));
    }
}
