package dev.atrium.adapter.rest.support;

import dev.atrium.application.fakes.InMemoryApiKeyRepository;
import dev.atrium.application.fakes.InMemoryRoomRepository;
import dev.atrium.application.fakes.InMemoryTenantRepository;
import dev.atrium.application.fakes.MutableClock;
import dev.atrium.application.port.in.AuthenticateApiKeyUseCase;
import dev.atrium.application.port.in.CreateRoomUseCase;
import dev.atrium.application.port.in.CreateTenantUseCase;
import dev.atrium.application.port.in.DeleteRoomUseCase;
import dev.atrium.application.port.in.EndRoomUseCase;
import dev.atrium.application.port.in.GetRoomUseCase;
import dev.atrium.application.port.in.ListRoomsUseCase;
import dev.atrium.application.port.in.ManageApiKeysUseCase;
import dev.atrium.application.port.in.UpdateRoomUseCase;
import dev.atrium.application.service.AuthenticateApiKeyService;
import dev.atrium.application.service.CreateRoomService;
import dev.atrium.application.service.CreateTenantService;
import dev.atrium.application.service.DeleteRoomService;
import dev.atrium.application.service.EndRoomService;
import dev.atrium.application.service.GetRoomService;
import dev.atrium.application.service.ListRoomsService;
import dev.atrium.application.service.ManageApiKeysService;
import dev.atrium.application.service.UpdateRoomService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * The real services over the in-memory fakes, in place of what bootstrap wires in production.
 * The clock stands still at {@link #NOW}, so schedules in tests are relative to a known instant.
 */
@Factory
class InMemoryUseCaseFactory {
    static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");

    @Singleton
    InMemoryRoomRepository rooms() {
        return new InMemoryRoomRepository();
    }

    @Singleton
    InMemoryTenantRepository tenants() {
        return new InMemoryTenantRepository();
    }

    @Singleton
    InMemoryApiKeyRepository apiKeys() {
        return new InMemoryApiKeyRepository();
    }

    @Singleton
    MutableClock clock() {
        return new MutableClock(NOW);
    }

    @Singleton
    RandomGenerator random() {
        return new SecureRandom();
    }

    @Singleton
    CreateRoomUseCase createRoom(InMemoryRoomRepository rooms, MutableClock clock, RandomGenerator random) {
        return new CreateRoomService(rooms, clock, random);
    }

    @Singleton
    GetRoomUseCase getRoom(InMemoryRoomRepository rooms) {
        return new GetRoomService(rooms);
    }

    @Singleton
    ListRoomsUseCase listRooms(InMemoryRoomRepository rooms) {
        return new ListRoomsService(rooms);
    }

    @Singleton
    UpdateRoomUseCase updateRoom(InMemoryRoomRepository rooms, MutableClock clock, RandomGenerator random) {
        return new UpdateRoomService(rooms, clock, random);
    }

    @Singleton
    EndRoomUseCase endRoom(InMemoryRoomRepository rooms, MutableClock clock) {
        return new EndRoomService(rooms, clock);
    }

    @Singleton
    DeleteRoomUseCase deleteRoom(InMemoryRoomRepository rooms) {
        return new DeleteRoomService(rooms);
    }

    @Singleton
    AuthenticateApiKeyUseCase authenticateApiKey(InMemoryApiKeyRepository keys) {
        return new AuthenticateApiKeyService(keys);
    }

    @Singleton
    CreateTenantUseCase createTenant(InMemoryTenantRepository tenants, MutableClock clock, RandomGenerator random) {
        return new CreateTenantService(tenants, clock, random);
    }

    @Singleton
    ManageApiKeysUseCase manageApiKeys(InMemoryTenantRepository tenants, InMemoryApiKeyRepository keys,
                                       MutableClock clock, RandomGenerator random) {
        return new ManageApiKeysService(tenants, keys, clock, random);
    }
}
