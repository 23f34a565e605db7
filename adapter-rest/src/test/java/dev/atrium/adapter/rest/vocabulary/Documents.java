package dev.atrium.adapter.rest.vocabulary;

import dev.atrium.adapter.rest.problem.Problem;
import dev.atrium.adapter.rest.token.IntrospectionResponse;
import dev.atrium.adapter.rest.token.JwksResponse;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The JSON documents of the REST adapter: its {@code @Serdeable} records, found in its compiled classes. */
final class Documents {

    private Documents() {
    }

    /** Documents whose names a standard sets, checked against the standards' names instead. */
    static List<Class<?>> standardShaped() {
        return List.of(IntrospectionResponse.class, JwksResponse.class, Problem.class);
    }

    /** Every {@code @Serdeable} record in {@code basePackage} of the classes {@code anchor} was compiled with. */
    static List<Class<?>> under(Class<?> anchor, String basePackage) throws IOException {
        Path root;
        try {
            root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path packageDirectory = root.resolve(basePackage.replace('.', '/'));
        try (Stream<Path> files = Files.walk(packageDirectory)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(Documents::load)
                    .filter(type -> type.isRecord() && type.isAnnotationPresent(Serdeable.class))
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Documents.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException("compiled but not loadable: " + name, e));
        }
    }
}
