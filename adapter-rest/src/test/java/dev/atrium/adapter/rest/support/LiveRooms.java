package dev.atrium.adapter.rest.support;

import dev.atrium.adapter.rest.support.TestTenants.TestTenant;

/**
 * The steps of the live-room tests: a room made through the API, a join token for a person in it, and
 * that person's session, entered with the token as a client would.
 */
public final class LiveRooms {
    private final TestTenants tenants;
    private final TestTenant tenant;

    public LiveRooms(TestTenants tenants, TestTenant tenant) {
        this.tenants = tenants;
        this.tenant = tenant;
    }

    /** A new room of the tenant from a room document; its id. */
    public String room(String document) {
        Answer created = tenant.api().post("/v1/rooms", document);
        if (created.status() != 201) {
            throw new AssertionError("room not created: " + created.status() + " " + created.body());
        }
        return created.text("id");
    }

    /** A join token of {@code role} for {@code userRef}. */
    public String token(String roomId, String userRef, String role) {
        Answer issued = tenant.api().post("/v1/rooms/" + roomId + "/tokens",
                "{\"displayName\": \"Person " + userRef + "\", \"role\": \"" + role + "\", \"userRef\": \"" + userRef + "\"}");
        if (issued.status() != 201) {
            throw new AssertionError("token not issued: " + issued.status() + " " + issued.body());
        }
        return issued.text("token");
    }

    /** Enters the room with a join token; the answer as it comes. */
    public Answer enter(String room, String token) {
        return tenants.anonymous().withBearer(token).post("/v1/rooms/" + room + "/sessions", null);
    }

    /** A person of {@code role} in the room, entered successfully. */
    public Session join(String roomId, String userRef, String role) {
        Answer entered = enter(roomId, token(roomId, userRef, role));
        if (entered.status() != 201) {
            throw new AssertionError("not entered: " + entered.status() + " " + entered.body());
        }
        return new Session(entered.text("participantId"), entered.text("credential"),
                tenants.anonymous().withBearer(entered.text("credential")), entered);
    }

    /** A participant's session: its id, its credential and a client that sends it. */
    public record Session(String participantId, String credential, ApiClient api, Answer entered) {
    }
}
