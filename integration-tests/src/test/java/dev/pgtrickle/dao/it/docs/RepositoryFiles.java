package dev.pgtrickle.dao.it.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The repository's root and its files, for the checks that read the whole repository. */
final class RepositoryFiles {
  /** Directories never searched: build output, VCS and IDE state. */
  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of("target", ".git", ".idea", ".vscode", ".settings", "node_modules");

  private RepositoryFiles() {}

  /**
   * The repository root: the nearest directory above the working directory with {@code .ci/run}.
   */
  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve(".ci").resolve("run"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "no repository root (a directory with .ci/run and pom.xml) above "
            + Path.of("").toAbsolutePath());
  }

  /**
   * Every file git tracks under {@code root}, plus new files it does not ignore; without git (a
   * source archive), every file outside build output and VCS or IDE directories.
   */
  static List<Path> all(Path root) {
    List<Path> listed = gitFiles(root);
    return listed != null ? listed : walk(root, path -> true);
  }

  /**
   * Every file under {@code root} outside build output and VCS directories that {@code filter}
   * accepts.
   */
  static List<Path> walk(Path root, java.util.function.Predicate<Path> filter) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .filter(Files::isRegularFile)
          .filter(path -> !skipped(root.relativize(path)))
          .filter(filter)
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static boolean skipped(Path relative) {
    for (Path part : relative) {
      if (SKIPPED_DIRECTORIES.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> gitFiles(Path root) {
    try {
      Process git =
          new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
              .directory(root.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      byte[] out = git.getInputStream().readAllBytes();
      if (!git.waitFor(60, TimeUnit.SECONDS) || git.exitValue() != 0) {
        return null;
      }
      List<Path> files = new ArrayList<>();
      for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
        Path file = root.resolve(name);
        if (!name.isEmpty() && Files.isRegularFile(file) && !skipped(Path.of(name))) {
          files.add(file);
        }
      }
      files.sort(null);
      return files;
    } catch (IOException e) {
      return null; // no git on this machine
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing files with git", e);
    }
  }
}
