package dev.atrium.archfixture.bootstrap;

public final class Wiring {
}
