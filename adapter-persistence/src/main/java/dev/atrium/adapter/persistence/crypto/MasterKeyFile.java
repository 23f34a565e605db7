package dev.atrium.adapter.persistence.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The master key of a node that was given none: {@code master.key} in the data directory, holding
 * the key as ATRIUM_MASTER_KEY would (base64), so an operator can move to the variable by copying
 * it. Created once, readable by its owner only where the file system has POSIX permissions.
 */
final class MasterKeyFile {
    static final String NAME = "master.key";
    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path path;

    MasterKeyFile(Path dataDirectory) {
        this.path = dataDirectory.resolve(NAME).toAbsolutePath().normalize();
    }

    Path path() {
        return path;
    }

    /** The key text in the file, after writing {@code generated} into it if there was no file. */
    String readOrCreate(Supplier<String> generated) throws IOException {
        if (Files.exists(path)) {
            return Files.readString(path, StandardCharsets.US_ASCII);
        }
        Files.createDirectories(path.getParent());
        String text = generated.get();
        try (FileChannel channel = FileChannel.open(path,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly())) {
            channel.write(ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        } catch (FileAlreadyExistsException e) {
            // Another process on this data directory created it first; its key is the one.
            return Files.readString(path, StandardCharsets.US_ASCII);
        }
        LOG.warn("ATRIUM_MASTER_KEY is not set, so a new master key was generated in {}. It encrypts the token"
                + " signing keys at rest: keep it with the data and back it up. A deployment of several nodes must"
                + " set ATRIUM_MASTER_KEY to the same value on every node (for example this file's content).", path);
        return text;
    }

    private FileAttribute<?>[] ownerOnly() {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
        }
        return new FileAttribute<?>[0];
    }
}
