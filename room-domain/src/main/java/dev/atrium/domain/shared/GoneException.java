package dev.atrium.domain.shared;

/** What was asked for existed but is over for good: an ended room, an expired or used-up link. */
public final class GoneException extends DomainException {
    public GoneException(ErrorCode code, String message) {
        super(code, message);
    }
}
