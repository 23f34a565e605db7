package dev.atrium.adapter.rest.json;

import io.micronaut.core.annotation.Introspected;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentShapeTest {

    @Introspected
    record Tagged(List<String> tags) {
    }

    @Introspected
    record Named(String name) {
    }

    @Test
    void aRecordWithAFieldOfNoKnownJsonTypeCannotBecomeAShape() {
        assertThrows(IllegalArgumentException.class, () -> DocumentShape.of(Tagged.class, Named.class));
    }
}
