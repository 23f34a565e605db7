package dev.atrium.archfixture.adapter.beta;

public final class PersistenceAdapter {
}
