package dev.atrium.adapter.rest.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which credential a route takes, written where the route is: on the controller for all its routes,
 * on a method where one route differs. {@link AuthenticationFilter} reads it from the matched route,
 * so there is no second list of routes to keep in step, and a test fails for a route without one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresCredential {
    Credential value();
}
