package dev.atrium.adapter.persistence.store;

import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link java.time.OffsetDateTime} row property that is bound to its
 * {@code TIMESTAMP WITH TIME ZONE} column as the object itself rather than as a
 * {@link java.sql.Timestamp}; {@link TimestampColumns} says why.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@TypeDef(type = DataType.OBJECT)
public @interface TimestampColumn {
}
