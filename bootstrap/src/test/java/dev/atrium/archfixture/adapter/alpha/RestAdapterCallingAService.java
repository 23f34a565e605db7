package dev.atrium.archfixture.adapter.alpha;

import dev.atrium.archfixture.application.service.UseCaseService;

// Breaks "only bootstrap touches the services": an adapter holds a service instead of its inbound port.
public record RestAdapterCallingAService(UseCaseService useCase) {
}
