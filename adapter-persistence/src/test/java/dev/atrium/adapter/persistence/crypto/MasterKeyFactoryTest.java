package dev.atrium.adapter.persistence.crypto;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MasterKeyFactoryTest {
    private static final String CONFIGURED = Base64.getEncoder().encodeToString(new byte[MasterKey.KEY_BYTES]);
    private static final byte[] SECRET = "signing secret".getBytes(StandardCharsets.US_ASCII);

    private final MasterKeyFactory factory = new MasterKeyFactory();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger fileLogger = (Logger) LoggerFactory.getLogger(MasterKeyFile.class);

    @TempDir
    Path dataDirectory;

    @BeforeEach
    void listenToTheLog() {
        log.start();
        fileLogger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        fileLogger.detachAppender(log);
    }

    @Test
    void aConfiguredKeyIsUsedAndNoFileIsWritten() {
        MasterKey key = factory.masterKey(CONFIGURED, dataDirectory.toString());

        assertArrayEquals(SECRET, key.open(key.seal(SECRET, "key_A"), "key_A"));
        assertFalse(Files.exists(dataDirectory.resolve(MasterKeyFile.NAME)));
    }

    @Test
    void aConfiguredKeyThatIsNotBase64IsRefused() {
        assertThrows(ConfigurationException.class, () -> factory.masterKey("not base64!", dataDirectory.toString()));
    }

    @Test
    void aConfiguredKeyOfAnotherLengthIsRefused() {
        for (int length : List.of(16, 31, 33, 64)) {
            String configured = Base64.getEncoder().encodeToString(new byte[length]);

            assertThrows(ConfigurationException.class, () -> factory.masterKey(configured, dataDirectory.toString()),
                    () -> length + " bytes");
        }
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedIntoTheDataDirectoryAndTheLogSaysWhere() throws IOException {
        Path nested = dataDirectory.resolve("not/yet/there");

        factory.masterKey(null, nested.toString());

        Path file = nested.resolve(MasterKeyFile.NAME).toAbsolutePath();
        assertEquals(MasterKey.KEY_BYTES, Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()).length);
        List<ILoggingEvent> warnings = log.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).getFormattedMessage().contains(file.toString()), warnings.get(0)::getFormattedMessage);
        assertTrue(warnings.get(0).getFormattedMessage().contains("ATRIUM_MASTER_KEY"), warnings.get(0)::getFormattedMessage);
    }

    @Test
    void theGeneratedFileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(dataDirectory.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");

        factory.masterKey("", dataDirectory.toString());

        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(dataDirectory.resolve(MasterKeyFile.NAME)));
    }

    @Test
    void theNextStartReadsTheGeneratedKeyAgainWithoutWarning() {
        MasterKey first = factory.masterKey(null, dataDirectory.toString());
        log.list.clear();

        MasterKey second = factory.masterKey(null, dataDirectory.toString());

        assertArrayEquals(SECRET, second.open(first.seal(SECRET, "key_A"), "key_A"));
        assertEquals(List.of(), log.list.stream().filter(event -> event.getLevel() == Level.WARN).toList());
    }

    @Test
    void theGeneratedFileHoldsWhatAtriumMasterKeyTakes() throws IOException {
        MasterKey generated = factory.masterKey(null, dataDirectory.toString());
        String content = Files.readString(dataDirectory.resolve(MasterKeyFile.NAME), StandardCharsets.US_ASCII);

        MasterKey configured = factory.masterKey(content, dataDirectory.resolve("elsewhere").toString());

        assertArrayEquals(SECRET, configured.open(generated.seal(SECRET, "key_A"), "key_A"));
    }

    @Test
    void aDamagedKeyFileIsRefused() throws IOException {
        Files.writeString(dataDirectory.resolve(MasterKeyFile.NAME), "c2hvcnQ=\n", StandardCharsets.US_ASCII);

        assertThrows(ConfigurationException.class, () -> factory.masterKey(null, dataDirectory.toString()));
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsRefused() throws IOException {
        Path aFile = Files.writeString(dataDirectory.resolve("occupied"), "not a directory");

        assertThrows(ConfigurationException.class, () -> factory.masterKey(null, aFile.toString()));
    }
}
