package dev.atrium.archfixture.domain;

public final class Aggregate {
    private Aggregate() {
    }

    public static Aggregate reconstitute() {
        return new Aggregate();
    }
}
