/**
 * Tenants and their API keys: the operators' admin API, authentication of every service request, and the key provisioned at start.
 */
package dev.atrium.application.port.in.tenant;
