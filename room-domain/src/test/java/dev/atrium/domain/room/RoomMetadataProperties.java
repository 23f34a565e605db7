package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.Draw;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.PropertyCheck.forAll;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

class RoomMetadataProperties {
    /** {"k":"..."} around a string value. */
    private static final int OVERHEAD = "{\"k\":\"\"}".length();

    /** A character, how many bytes it takes in JSON (escaped where JSON requires it), and how often it repeats. */
    private record Piece(String text, int jsonBytes, int repeats) {
        long expectedBytes() {
            return OVERHEAD + (long) repeats * jsonBytes;
        }

        Map<String, Object> metadata() {
            return Map.of("k", text.repeat(repeats));
        }
    }

    /** Half the samples land within two pieces of the limit, where an off-by-one would show. */
    private static Piece piece(Draw draw) {
        Piece piece = draw.oneOf(new Piece("a", 1, 0), new Piece("é", 2, 0), new Piece("€", 3, 0),
                new Piece("\uD83C\uDFA5", 4, 0), new Piece("\"", 2, 0), new Piece("\\", 2, 0), new Piece("\n", 2, 0),
                new Piece("\t", 2, 0));
        int repeats = draw.bool()
                ? (RoomMetadata.MAX_BYTES - OVERHEAD) / piece.jsonBytes() + draw.between(-2, 2)
                : draw.between(0, 8300);
        return new Piece(piece.text(), piece.jsonBytes(), repeats);
    }

    @Test
    void metadata_is_accepted_exactly_when_its_json_has_at_most_eight_kibibytes() {
        forAll(RoomMetadataProperties::piece, piece -> {
            RoomDraft draft = RoomDrafts.group().metadata(piece.metadata()).build();

            if (piece.expectedBytes() <= RoomMetadata.MAX_BYTES) {
                RoomMetadata accepted = Rooms.at(NOW).open(draft).settings().metadata();
                assertEquals(piece.expectedBytes(), accepted.toJson().getBytes(StandardCharsets.UTF_8).length);
            } else {
                assertViolations(() -> Rooms.at(NOW).open(draft), violation("metadata", TOO_LONG));
            }
        });
    }

    @Test
    void metadata_rebuilt_from_its_own_values_is_the_same() {
        forAll(ValidDrafts::metadata, values -> {
            RoomMetadata metadata = RoomMetadata.of(values);

            RoomMetadata rebuilt = RoomMetadata.of(metadata.values());

            assertEquals(metadata, rebuilt);
            assertEquals(metadata.toJson(), rebuilt.toJson());
            assertEquals(metadata.values(), rebuilt.values());
        });
    }
}
