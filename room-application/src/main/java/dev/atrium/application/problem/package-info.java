/**
 * The one form of a refusal: the RFC 9457 problem document that the REST API answers and a
 * signaling reply carries, built here once so that both channels give a client the same status,
 * {@code type} URI, title and code for the same mistake (docs/api.md, "Errors"). It holds no
 * technology: each adapter writes {@link dev.atrium.application.problem.ProblemDocument} in its own
 * JSON library and adds what only its protocol has, such as REST's {@code Retry-After} header.
 */
package dev.atrium.application.problem;
