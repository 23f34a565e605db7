/**
 * Deliberate violations of the architecture rules, laid out like Atrium (domain, application ports
 * and services, adapters, bootstrap), so that every rule in {@code dev.atrium.bootstrap.architecture}
 * proves it can fail. {@code adapter.alpha} plays the REST adapter and {@code adapter.beta} the
 * persistence adapter; no fixture adapter plays signaling. Each violator breaks one rule, named in
 * its comment; the classes without such a comment break none and are only there to be depended on.
 * The end-to-end tests share this classpath, so no fixture may become a Micronaut bean: those with
 * bean-defining annotations or injected fields are interfaces or abstract classes, for which
 * Micronaut generates no bean definition (the records get inert introspections, nothing more).
 */
package dev.atrium.archfixture;
