package dev.atrium.bootstrap.architecture;

/**
 * Where the parts of the hexagon live under one root package, so that the same rules can check
 * Atrium and the fixture of deliberate violations. The adapters are named by their role because
 * the fixture's adapters ({@code alpha}, {@code beta}) stand in for Atrium's.
 *
 * @param root        the root package, e.g. {@code dev.atrium}
 * @param rest        the subpackage of {@code root.adapter} that serves HTTP
 * @param persistence the subpackage of {@code root.adapter} that stores aggregates
 * @param signaling   the subpackage of {@code root.adapter} that serves WebSockets
 */
record Layout(String root, String rest, String persistence, String signaling) {

    static final Layout ATRIUM = new Layout("dev.atrium", "rest", "persistence", "signaling");

    String everyPackage() {
        return root + ".(**)";
    }

    String domain() {
        return root + ".domain..";
    }

    String application() {
        return root + ".application..";
    }

    String inboundPorts() {
        return root + ".application.port.in..";
    }

    String outboundPorts() {
        return root + ".application.port.out..";
    }

    String services() {
        return root + ".application.service..";
    }

    /** One slice per adapter, for rules between adapters. */
    String adapterSlices() {
        return root + ".adapter.(*)..";
    }

    String restAdapter() {
        return adapter(rest);
    }

    String persistenceAdapter() {
        return adapter(persistence);
    }

    String signalingAdapter() {
        return adapter(signaling);
    }

    String bootstrap() {
        return root + ".bootstrap..";
    }

    private String adapter(String name) {
        return root + ".adapter." + name + "..";
    }
}
