package dev.atrium.archfixture.adapter.alpha;

import dev.atrium.archfixture.domain.Aggregate;

// Breaks "only persistence reconstitutes aggregates": the REST adapter rebuilds one without its checks.
public final class RestAdapterReconstitutingAggregate {
    private RestAdapterReconstitutingAggregate() {
    }

    static Aggregate rebuild() {
        return Aggregate.reconstitute();
    }
}
