/**
 * Every error response of the API is built here, as an RFC 9457 problem document with a stable
 * code: domain errors by their kind, the adapter's own refusals by {@link
 * dev.atrium.adapter.rest.problem.HttpErrorCode}, and the framework's errors (unknown route, wrong
 * method or media type, body too large, unexpected failures) through the replaced error response
 * processor. One place, one shape: the document itself, its status, {@code type} and title, comes
 * from the core's {@link dev.atrium.application.problem.ProblemDocument}, which every channel shares;
 * this package adds what is HTTP's.
 */
package dev.atrium.adapter.rest.problem;
