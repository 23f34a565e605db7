package dev.atrium.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atrium.application.problem.ProblemDocument;
import io.micronaut.serde.annotation.Serdeable;

/** One mistake in one field or parameter: its dotted path, a stable code and a message for people. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldError(String field, String code, String message) {
    static FieldError of(ProblemDocument.FieldError error) {
        return new FieldError(error.field(), error.code(), error.message());
    }

    ProblemDocument.FieldError toDocument() {
        return new ProblemDocument.FieldError(field, code, message);
    }
}
