package dev.atrium.domain.shared;

import java.util.List;

/** The request itself is wrong; {@link #violations()} names every field at fault. */
public final class InvalidInputException extends DomainException {
    private final List<FieldViolation> violations;

    public InvalidInputException(ErrorCode code, String message, List<FieldViolation> violations) {
        super(code, message);
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
