/**
 * Join tokens and the keys that sign them: issuing, verifying, revoking, and the signing keys media servers verify offline.
 */
package dev.atrium.application.port.in.token;
