package dev.atrium.adapter.rest.json;

import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.RequestRejectedException;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentShapeTest {

    @Introspected
    record Tagged(List<String> tags) {
    }

    @Introspected
    record Named(String name) {
    }

    @Introspected
    record Team(String name, List<Named> people) {
    }

    @Test
    void aRecordWithAFieldOfNoKnownJsonTypeCannotBecomeAShape() {
        assertThrows(IllegalArgumentException.class, () -> DocumentShape.of(Tagged.class, Named.class));
    }

    @Test
    void aListOfRecordsIsAnArrayWhoseElementsAreCheckedWithTheirIndex() {
        DocumentShape<Team> shape = DocumentShape.of(Team.class);

        RequestRejectedException rejected = assertThrows(RequestRejectedException.class, () -> shape.check(
                JsonNode.from(Map.of("people", List.of(Map.of("name", "Ann"), Map.of("name", 1), Map.of("nick", "B"))))));

        assertEquals(HttpErrorCode.UNKNOWN_FIELD, rejected.code());
        assertEquals(List.of("people[1].name:INVALID_FIELD_TYPE", "people[2].nick:UNKNOWN_FIELD"),
                rejected.errors().stream().map(error -> error.field() + ":" + error.code()).toList());
    }

    @Test
    void aCreateOnlyFieldIsWrittenOnCreationAndRefusedInAPatch() {
        DocumentShape<Team> shape = DocumentShape.of(Team.class).createOnly("people");
        JsonNode document = JsonNode.from(Map.of("people", List.of()));

        shape.check(document);
        RequestRejectedException rejected = assertThrows(RequestRejectedException.class, () -> shape.checkPatch(document));

        assertEquals(HttpErrorCode.CREATE_ONLY_FIELD, rejected.code());
    }

    @Test
    void onlyAFieldOfTheDocumentCanBeCreateOnly() {
        assertThrows(IllegalArgumentException.class, () -> DocumentShape.of(Team.class).createOnly("members"));
    }
}
