package dev.atrium.adapter.persistence.token;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RevokedTokenRowRepository extends GenericRepository<RevokedTokenRow, RevokedTokenKey> {

    RevokedTokenRow save(RevokedTokenRow row);

    boolean existsById(RevokedTokenKey key);
}
