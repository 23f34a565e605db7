package dev.atrium.archfixture.adapter.alpha;

// Breaks "no class throws generic exceptions".
public final class AdapterThrowingGenericException {
    private AdapterThrowingGenericException() {
    }

    static void fail() {
        throw new RuntimeException("fixture");
    }
}
