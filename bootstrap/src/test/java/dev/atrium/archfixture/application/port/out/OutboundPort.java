package dev.atrium.archfixture.application.port.out;

public interface OutboundPort {
}
