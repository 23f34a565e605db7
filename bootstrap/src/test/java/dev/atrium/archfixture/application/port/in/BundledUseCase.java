package dev.atrium.archfixture.application.port.in;

// Breaks "every use case is one intent": two intents behind one interface.
public interface BundledUseCase {
    void open();

    void close();
}
