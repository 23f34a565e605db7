/**
 * What every repository of the adapter uses, so that a topic package holds only its own tables: the
 * {@code JdbcUnitOfWork} that runs a live room change and retries it when the database reports a
 * clash, the reading of SQL failures the same way on H2 and PostgreSQL, the binding of timestamps,
 * unique inserts and optimistic writes, the interceptor that turns an unreachable database into the
 * port's {@code StoreUnavailableException}, the mappers' shared configuration, the settings of an
 * embedded H2 file and the health check of the store.
 */
package dev.atrium.adapter.persistence.store;
