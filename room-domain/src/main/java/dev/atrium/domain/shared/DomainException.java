package dev.atrium.domain.shared;

import java.util.List;

/**
 * The one family of domain errors. Each carries a stable {@link ErrorCode}; the subclass tells
 * the kind, so callers can catch a kind and adapters can map it without knowing every code.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, ForbiddenException,
        PreconditionFailedException, GoneException, ThrottledException {

    private final ErrorCode code;

    protected DomainException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public ErrorKind kind() {
        return code.kind();
    }

    /** Per-field details; empty unless the input had field-level mistakes. */
    public List<FieldViolation> violations() {
        return List.of();
    }

    /** Builds the exception of the kind the code belongs to. */
    public static DomainException of(ErrorCode code, String message) {
        return switch (code.kind()) {
            case INVALID_INPUT -> new InvalidInputException(code, message, List.of());
            case NOT_FOUND -> new NotFoundException(code, message);
            case CONFLICT -> new ConflictException(code, message);
            case PRECONDITION_FAILED -> new PreconditionFailedException(code, message);
            case FORBIDDEN -> new ForbiddenException(code, message);
            case GONE -> new GoneException(code, message);
            case THROTTLED -> throw new IllegalArgumentException("a throttled refusal needs its retry time: " + code);
        };
    }
}
