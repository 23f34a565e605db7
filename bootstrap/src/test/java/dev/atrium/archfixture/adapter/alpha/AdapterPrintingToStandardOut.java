package dev.atrium.archfixture.adapter.alpha;

// Breaks "no class writes to the standard streams".
public final class AdapterPrintingToStandardOut {
    private AdapterPrintingToStandardOut() {
    }

    static void report(String message) {
        System.out.println(message);
    }
}
