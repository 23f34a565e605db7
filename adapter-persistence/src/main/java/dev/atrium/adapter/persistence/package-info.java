/**
 * The persistence adapter: the application's storage ports on Micronaut Data JDBC, with the schema
 * kept by Flyway. Rows are plain column-per-value records; they become aggregates only through the
 * domain's {@code reconstitute} factories. Uniqueness and optimistic versions are decided by the
 * database, so several nodes can share one PostgreSQL. A call is one transaction; the few writes that
 * span tables (a room with its first members, a key rotation) are one {@code @Transactional} method of
 * their repository; every other race is settled by a unique key or a conditional statement. Live rooms
 * are the exception (see {@code room}). One package per stored topic ({@code room}, {@code member},
 * {@code link}, {@code tenant}, {@code token}, {@code chat}, {@code outbox}) holds its tables' rows,
 * repositories and mappers, package-private; what every one of them uses is in {@code store}. Secrets
 * at rest and password hashing live in {@code crypto}, the clocks of the live rooms in {@code schedule}.
 *
 * <p>One jar serves H2 and PostgreSQL. Micronaut Data writes a repository's SQL at compile time in
 * the dialect of its {@code @JdbcRepository} annotation; the {@code datasources.*.dialect} setting
 * does not rewrite it (it steers schema generation, which Flyway does here, and details that matter
 * only on Oracle). The repositories therefore name PostgreSQL and use only SQL that H2 reads the
 * same way: every statement they generate, at compile time or for the list query at run time, is
 * identical for both dialects, and the contract suites run on both databases.
 */
package dev.atrium.adapter.persistence;
