package dev.atrium.adapter.persistence.store;

import org.mapstruct.InjectionStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.NullValueCheckStrategy;
import org.mapstruct.ReportingPolicy;

/**
 * What every row mapper shares: mappers are singletons with constructor injection, a target
 * property that nobody maps fails the build (so a new column or setting cannot be forgotten), and
 * absent values are never handed to conversion methods.
 */
@MapperConfig(
        componentModel = MappingConstants.ComponentModel.JSR330,
        injectionStrategy = InjectionStrategy.CONSTRUCTOR,
        unmappedTargetPolicy = ReportingPolicy.ERROR,
        nullValueCheckStrategy = NullValueCheckStrategy.ALWAYS)
public interface PersistenceMapperConfig {
}
