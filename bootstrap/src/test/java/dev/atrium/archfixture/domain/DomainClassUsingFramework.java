package dev.atrium.archfixture.domain;

import io.micronaut.core.annotation.Introspected;

// Breaks "the domain depends only on the JDK and itself": a Micronaut annotation in the domain.
@Introspected
public record DomainClassUsingFramework(String name) {
}
