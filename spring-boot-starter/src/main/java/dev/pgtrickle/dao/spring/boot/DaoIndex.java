package dev.pgtrickle.dao.spring.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code META-INF/pgtrickle-dao/index}, which pgtrickle-dao's processor writes into every jar
 * and class folder it compiles: the generated DAOs and repository implementations, one class name
 * per line ({@code #} starts a comment).
 */
final class DaoIndex {
  /** The index's path, as the processor writes it. */
  static final String RESOURCE = "META-INF/pgtrickle-dao/index";

  private DaoIndex() {}

  /** Every class name listed by any index on {@code classLoader}'s path, sorted, once. */
  static Set<String> read(ClassLoader classLoader) {
    Set<String> names = new TreeSet<>();
    try {
      Enumeration<URL> indexes = classLoader.getResources(RESOURCE);
      while (indexes.hasMoreElements()) {
        URL index = indexes.nextElement();
        try (BufferedReader in =
            new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
              names.add(name);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return names;
  }
}
