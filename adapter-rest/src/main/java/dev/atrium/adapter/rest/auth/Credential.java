package dev.atrium.adapter.rest.auth;

/** The credential a route takes, as it declares with {@link RequiresCredential}. */
public enum Credential {
    /** The operator's admin token as Bearer. */
    ADMIN_TOKEN,
    /** None: the secret in the path (a public link's token) is the credential. */
    NONE,
    /** The tenant's API key as HTTP Basic. */
    API_KEY,
    /** Entering a room: a join token as Bearer. */
    JOIN_TOKEN,
    /** A participant acting on their own session: a session credential as Bearer. */
    SESSION,
    /** Moderation and reading the chat: the tenant's API key, or a session credential of a participant. */
    API_KEY_OR_SESSION
}
