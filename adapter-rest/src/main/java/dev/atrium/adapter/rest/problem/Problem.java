package dev.atrium.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atrium.application.problem.ProblemDocument;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem document as the API writes it: the core's {@link ProblemDocument}, field for
 * field, with what JSON needs. {@code code} is the stable name clients branch on, {@code type} the
 * same as a URI; {@code errors} names each field at fault and is left out when there is none.
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {
    public Problem {
        errors = List.copyOf(errors);
    }

    static Problem of(ProblemDocument document) {
        return new Problem(document.type(), document.title(), document.status(), document.detail(),
                document.instance(), document.code(), document.errors().stream().map(FieldError::of).toList());
    }
}
