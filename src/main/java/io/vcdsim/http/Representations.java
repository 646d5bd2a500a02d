package io.vcdsim.http;

import io.vcdsim.model.ErrorType;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The vCloud documents {@link Codec} reads and writes: every {@code @XmlRootElement} class of the
 * model package (nested ones included, its subpackages not), found where that package's classes
 * are, a directory or the jar. A new representation is declared by its own class and nowhere else.
 */
final class Representations {
    private static final String PACKAGE = ErrorType.class.getPackageName();
    private static final String FOLDER = PACKAGE.replace('.', '/') + "/";

    private Representations() {
    }

    static Class<?>[] roots() {
        List<Class<?>> roots = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> c = load(name);
            if (c.isAnnotationPresent(XmlRootElement.class)) {
                roots.add(c);
            }
        }
        roots.sort(Comparator.comparing(Class::getName)); // the same context whatever the listing order
        return roots.toArray(Class<?>[]::new);
    }

    private static List<String> classNames() {
        try {
            Path where = Path.of(ErrorType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(where) ? inDirectory(where.resolve(FOLDER)) : inJar(where);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the model classes' location is not a path", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the model classes", e);
        }
    }

    private static List<String> inDirectory(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".class"))
                    .map(f -> PACKAGE + "." + f.substring(0, f.length() - ".class".length())).toList();
        }
    }

    private static List<String> inJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith(FOLDER) && n.endsWith(".class") && n.indexOf('/', FOLDER.length()) < 0)
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Representations.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("listed but not loadable: " + name, e);
        }
    }
}
