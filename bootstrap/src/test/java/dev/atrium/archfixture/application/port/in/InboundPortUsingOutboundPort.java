package dev.atrium.archfixture.application.port.in;

import dev.atrium.archfixture.application.port.out.OutboundPort;

// Breaks "inbound ports do not depend on outbound ports".
public interface InboundPortUsingOutboundPort {
    OutboundPort storage();
}
