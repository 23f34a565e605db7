package dev.atrium.application.service;

import dev.atrium.application.port.out.ApiKeyRepository;
import dev.atrium.application.port.out.ChatRepository;
import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.application.port.out.InvitationNotifier;
import dev.atrium.application.port.out.LinkRepository;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.LocalRoomListeners;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RoomEventPublisher;
import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.SessionCredentialCodec;
import dev.atrium.application.port.out.SigningKeyRepository;
import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.application.port.out.TokenLedger;
import dev.atrium.application.port.out.UnitOfWork;

import java.util.Objects;

/** The secondary ports, as the adapters implement them. */
public record UseCasePorts(RoomRepository rooms,
                           MemberRepository members,
                           LiveRoomRepository liveRooms,
                           UnitOfWork unitOfWork,
                           ChatRepository chat,
                           EventOutbox outbox,
                           RoomEventPublisher publisher,
                           LocalRoomListeners listeners,
                           InvitationNotifier invitations,
                           TokenLedger ledger,
                           TokenCodec tokenCodec,
                           SessionCredentialCodec sessionCodec,
                           SigningKeyRepository signingKeys,
                           LinkRepository links,
                           RoomPasswordRepository roomPasswords,
                           PasswordHasher hasher,
                           PasswordAttempts passwordAttempts,
                           TenantRepository tenants,
                           ApiKeyRepository apiKeys) {
    public UseCasePorts {
        Objects.requireNonNull(rooms, "rooms");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(liveRooms, "liveRooms");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(listeners, "listeners");
        Objects.requireNonNull(invitations, "invitations");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(tokenCodec, "tokenCodec");
        Objects.requireNonNull(sessionCodec, "sessionCodec");
        Objects.requireNonNull(signingKeys, "signingKeys");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(roomPasswords, "roomPasswords");
        Objects.requireNonNull(hasher, "hasher");
        Objects.requireNonNull(passwordAttempts, "passwordAttempts");
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(apiKeys, "apiKeys");
    }
}
