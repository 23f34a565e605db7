package dev.atrium.adapter.rest.room;

import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.RequestRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntityTagsTest {

    @Test
    void theEntityTagOfARoomIsItsVersionQuoted() {
        assertEquals("\"42\"", EntityTags.of(42));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"42\"", "W/\"42\"", " \"42\" "})
    void ifMatchNamesTheVersionOfItsEntityTag(String ifMatch) {
        assertEquals(OptionalLong.of(42), EntityTags.expectedVersion(ifMatch));
    }

    @Test
    void withoutIfMatchOrWithAStarAnyVersionWillDo() {
        assertEquals(OptionalLong.empty(), EntityTags.expectedVersion(null));
        assertEquals(OptionalLong.empty(), EntityTags.expectedVersion("*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "\"abc\"", "\"1\", \"2\"", "W/42", "\"-1\"", "\"12345678901234567890\"", ""})
    void anythingElseIsAnInvalidParameter(String ifMatch) {
        RequestRejectedException rejected = assertThrows(RequestRejectedException.class,
                () -> EntityTags.expectedVersion(ifMatch));

        assertEquals(HttpErrorCode.INVALID_PARAMETER, rejected.code());
        assertEquals("If-Match", rejected.errors().get(0).field());
    }
}
