package dev.atrium.application.port.in.access;

import java.util.Objects;

/**
 * A guest coming by a link: the link's token, the name they chose, the password when the link or
 * room has one, and who the client is (for throttling wrong passwords).
 */
public record AdmitGuestCommand(String linkToken, String displayName, String password, String client) {
    public AdmitGuestCommand {
        Objects.requireNonNull(linkToken, "linkToken");
        Objects.requireNonNull(client, "client");
    }
}
