package dev.atrium.adapter.rest.auth;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

/** Hands a controller the {@link Caller} that {@link AuthenticationFilter} found, as one argument. */
@Singleton
final class CallerArgumentBinder implements TypedRequestArgumentBinder<Caller> {
    private static final Argument<Caller> CALLER = Argument.of(Caller.class);

    @Override
    public Argument<Caller> argumentType() {
        return CALLER;
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
        return () -> source.getAttribute(AuthenticationFilter.CALLER_ATTRIBUTE, Caller.class);
    }
}
