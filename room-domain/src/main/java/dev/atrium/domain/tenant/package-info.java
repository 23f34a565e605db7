/**
 * Tenants own rooms; API keys let a tenant's backend call Atrium. A key's secret is shown once
 * and kept only as a hash.
 */
package dev.atrium.domain.tenant;
