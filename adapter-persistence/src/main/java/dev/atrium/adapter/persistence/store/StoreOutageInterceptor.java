package dev.atrium.adapter.persistence.store;

import dev.atrium.application.port.out.StoreUnavailableException;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

/**
 * Turns the database's "not now" into the port's {@link StoreUnavailableException}
 * ({@link SqlFailures#isUnavailable}). It runs outside every other interceptor, so a failure to
 * commit or to get a connection for a {@code @Transactional} method is translated as well. Inner
 * translations pass through unchanged, with the original failure as their cause.
 */
@Singleton
@InterceptorBean(ReportsStoreOutages.class)
class StoreOutageInterceptor implements MethodInterceptor<Object, Object> {
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        try {
            return context.proceed();
        } catch (StoreUnavailableException alreadyTranslated) {
            throw alreadyTranslated;
        } catch (RuntimeException e) {
            if (SqlFailures.isUnavailable(e)) {
                throw new StoreUnavailableException("The database is unavailable: " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
