package dev.atrium.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code code} is the stable name clients branch on, {@code type}
 * the same as a URI; {@code errors} names each field at fault and is left out when there is none.
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {
    public Problem {
        errors = List.copyOf(errors);
    }
}
