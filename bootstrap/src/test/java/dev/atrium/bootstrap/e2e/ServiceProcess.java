package dev.atrium.bootstrap.e2e;

import dev.atrium.bootstrap.Application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Atrium as an operator runs it: its own JVM, started from {@link Application#main}, with the
 * production logging configuration. Unlike an embedded server it can be killed with SIGKILL, so a
 * test sees what a crash leaves on disk. What the process prints goes to a file the test reads.
 */
final class ServiceProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final URI base;
    private final Path output;

    private ServiceProcess(Process process, URI base, Path output) {
        this.process = process;
        this.base = base;
        this.output = output;
    }

    /** Starts a node with these settings (as system properties) and waits until it answers {@code /health}. */
    static ServiceProcess start(Map<String, Object> settings, Path output) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                "-Dmicronaut.server.port=" + port,
                "-Dmicronaut.env.deduction=false",
                "-Dlogback.configurationFile=logback.xml"));
        settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add(Application.class.getName());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            ServiceProcess service = new ServiceProcess(process, URI.create("http://127.0.0.1:" + port), output);
            service.awaitHealthy();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the service", e);
        }
    }

    URI base() {
        return base;
    }

    /** SIGKILL: no shutdown hook, no flush, no closing of the database. */
    void killHard() {
        process.destroyForcibly();
        awaitExit();
    }

    /** SIGTERM, as an orchestrator stops a node: the service drains and closes. */
    void stop() {
        process.destroy();
        awaitExit();
    }

    /** Everything the process printed so far, across its restarts into the same file. */
    List<String> outputLines() {
        try {
            return Files.readAllLines(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited at start:\n" + String.join("\n", outputLines()));
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(base.resolve("/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(200));
        }
        killHard();
        throw new IllegalStateException("the service did not become healthy within " + START_TIMEOUT);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
