package dev.atrium.adapter.rest.admin;

import dev.atrium.adapter.rest.auth.AdminToken;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.application.port.in.tenant.CreateTenantUseCase;
import dev.atrium.application.port.in.tenant.IssueApiKeyUseCase;
import dev.atrium.application.port.in.tenant.RevokeApiKeyUseCase;
import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * /v1/admin/tenants: operators create tenants and issue and revoke their keys. The authentication
 * filter has already checked the admin token. Ids that cannot exist are simply not found.
 */
@RequiresCredential(Credential.ADMIN_TOKEN)
@Controller("/v1/admin/tenants")
@Requires(beans = AdminToken.class)
@ExecuteOn(TaskExecutors.BLOCKING)
final class TenantAdminController {
    private static final DocumentShape<CreateTenantRequest> TENANT_DOCUMENT =
            DocumentShape.of(CreateTenantRequest.class, TenantResponse.class);

    private final CreateTenantUseCase createTenant;
    private final IssueApiKeyUseCase issueApiKey;
    private final RevokeApiKeyUseCase revokeApiKey;
    private final AdminRestMapper mapper;
    private final JsonDocuments documents;

    TenantAdminController(CreateTenantUseCase createTenant, IssueApiKeyUseCase issueApiKey,
                          RevokeApiKeyUseCase revokeApiKey, AdminRestMapper mapper, JsonDocuments documents) {
        this.createTenant = createTenant;
        this.issueApiKey = issueApiKey;
        this.revokeApiKey = revokeApiKey;
        this.mapper = mapper;
        this.documents = documents;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<TenantResponse> create(@Nullable @Body byte[] body) {
        CreateTenantRequest request = documents.read(body, TENANT_DOCUMENT);
        return HttpResponse.created(mapper.toResponse(createTenant.createTenant(request.name())));
    }

    /** The secret is in this answer only, so no cache may keep it. */
    @Post("/{tenantId}/keys")
    HttpResponse<ApiKeyResponse> issueKey(String tenantId) {
        return HttpResponse.created(mapper.toResponse(issueApiKey.issueApiKey(tenant(tenantId))))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Delete("/{tenantId}/keys/{keyId}")
    HttpResponse<Void> revokeKey(String tenantId, String keyId) {
        if (!ApiKeyId.isValid(keyId)) {
            throw DomainException.of(ErrorCode.API_KEY_NOT_FOUND, "Tenant '" + tenantId + "' has no key '" + keyId + "'.");
        }
        revokeApiKey.revokeApiKey(tenant(tenantId), new ApiKeyId(keyId));
        return HttpResponse.noContent();
    }

    private static TenantId tenant(String tenantId) {
        if (!TenantId.isValid(tenantId)) {
            throw DomainException.of(ErrorCode.TENANT_NOT_FOUND, "No tenant '" + tenantId + "'.");
        }
        return new TenantId(tenantId);
    }
}
