package io.github.diamondscore.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs a {@code .jsh} script the way the README tells users to: the JDK's own {@code jshell}
 * binary as a subprocess, {@code jshell --class-path target/diamond-score-cli.jar <script>}, in
 * the project directory, with standard input closed (so jshell exits after the script). Real
 * jshell runs a statement as soon as a line completes it and reports rejected snippets and
 * exceptions on standard error while still exiting 0, so anything on standard error but the
 * JDK's one-time preferences notice fails the calling test.
 */
final class JShellProcess {
  /** The class path of the README's command line, relative to the project directory. */
  static final String CLASS_PATH = "target/diamond-score-cli.jar";

  // java.util.prefs logs this the first time any JDK tool runs under a new home directory.
  private static final Pattern BENIGN = Pattern.compile(
      ".*java\\.util\\.prefs\\.FileSystemPreferences.*|INFO: Created user preferences directory\\.");

  private JShellProcess() {}

  /** The JDK's jshell next to the java running the tests. */
  static Path jshell() {
    return Path.of(System.getProperty("java.home"), "bin", "jshell");
  }

  /** Runs {@code script} (relative to {@code projectDir}) and returns its standard output. */
  static String run(Path projectDir, String script) throws Exception {
    assertThat(projectDir.resolve(CLASS_PATH)).as("built by `mvn package` before this test")
        .isRegularFile();
    Path out = Files.createTempFile("jshell", ".out");
    Path err = Files.createTempFile("jshell", ".err");
    try {
      Process p = new ProcessBuilder(jshell().toString(), "--class-path", CLASS_PATH, script)
          .directory(projectDir.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("%s did not finish within 5 minutes", script);
      }
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      List<String> errors = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.isBlank() && !BENIGN.matcher(line).matches())
          .collect(Collectors.toList());
      if (p.exitValue() != 0 || !errors.isEmpty()) {
        fail("`jshell --class-path %s %s` exited %d and reported:%n%s%noutput:%n%s", CLASS_PATH,
            script, p.exitValue(), String.join("\n", errors), stdout);
      }
      return stdout;
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
