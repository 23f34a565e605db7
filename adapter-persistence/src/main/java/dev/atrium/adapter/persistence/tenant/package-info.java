/**
 * Tenants and the API keys they call the service with ({@code tenants}, {@code api_keys}), together
 * as in the domain's tenant package.
 */
package dev.atrium.adapter.persistence.tenant;
