package dev.atrium.adapter.persistence.tenant;

import dev.atrium.adapter.persistence.Race;
import dev.atrium.adapter.persistence.SharedDatabaseSuite;
import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract of {@link TenantRepository}, written once and run on every supported database
 * ({@link JdbcTenantRepositoryIT}). Each test uses tenant ids of its own.
 */
abstract class TenantRepositoryContract extends SharedDatabaseSuite {
    /** In the hour Europe/Berlin, the zone the build runs tests in, repeats when summer time ends. */
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.654321Z");

    private final RandomGenerator random = new SplittableRandom();
    private TenantRepository tenants;

    @BeforeAll
    void findPorts() {
        tenants = context().bean(TenantRepository.class);
    }

    @Test
    void aStoredTenantIsFoundAsItWasStored() {
        Tenant tenant = newTenant("Acme");

        tenants.insert(tenant);

        assertEquals(Optional.of(tenant), tenants.findById(tenant.id()));
    }

    @Test
    void anUnknownTenantIsNotFound() {
        assertEquals(Optional.empty(), tenants.findById(TenantId.next(NOW, random)));
    }

    @Test
    void insertIfAbsentStoresANewTenant() {
        Tenant tenant = newTenant("Acme");

        tenants.insertIfAbsent(tenant);

        assertEquals(Optional.of(tenant), tenants.findById(tenant.id()));
    }

    @Test
    void insertIfAbsentKeepsTheTenantThatIsThere() {
        Tenant first = newTenant("First");
        tenants.insert(first);

        tenants.insertIfAbsent(new Tenant(first.id(), "Second", NOW.plusSeconds(60)));

        assertEquals(Optional.of(first), tenants.findById(first.id()));
    }

    @RepeatedTest(5)
    void nodesStartingTogetherStoreTheTenantOnceAndNoneFails() throws InterruptedException {
        Tenant tenant = newTenant("default");
        Runnable[] nodes = IntStream.range(0, 4).<Runnable>mapToObj(node -> () -> tenants.insertIfAbsent(tenant))
                .toArray(Runnable[]::new);

        assertEquals(List.of(), Race.between(nodes));

        assertEquals(Optional.of(tenant), tenants.findById(tenant.id()));
    }

    private Tenant newTenant(String name) {
        return Tenant.create(TenantId.next(NOW, random), name, NOW);
    }
}
