package dev.atrium.adapter.persistence.store;

import io.micronaut.aop.Around;
import io.micronaut.aop.InterceptorBinding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an adapter of a port: what its methods throw because the database is unreachable or too
 * slow reaches the caller as the port's {@link dev.atrium.application.port.out.StoreUnavailableException}
 * ({@link StoreOutageInterceptor}), never as a JDBC or Micronaut Data failure.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Around
@InterceptorBinding
public @interface ReportsStoreOutages {
}
