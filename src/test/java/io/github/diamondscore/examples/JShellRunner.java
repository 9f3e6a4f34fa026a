package io.github.diamondscore.examples;

import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import io.github.diamondscore.data.Panel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.math3.util.FastMath;

/**
 * Runs a {@code .jsh} script through the {@code jdk.jshell} API, with the built classes and the
 * runtime dependencies on the class path, and returns what it printed. Any rejected snippet or
 * exception fails the calling test with the snippet's source and diagnostics.
 */
final class JShellRunner {
  private JShellRunner() {}

  static String run(Path script, Path workingDir) throws Exception {
    String source = Files.readString(script, StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (JShell shell = JShell.builder().out(out).err(out)
        .remoteVMOptions("-Duser.dir=" + workingDir.toAbsolutePath()).build()) {
      // commons-io and commons-codec are commons-csv's own dependencies: reading CSV in a
      // script needs them.
      for (Class<?> c : List.of(Panel.class, ImmutableList.class, FastMath.class,
          CSVFormat.class, org.apache.commons.io.IOUtils.class,
          org.apache.commons.codec.binary.Base64.class)) {
        shell.addToClasspath(
            Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      }
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      String remaining = source;
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        String snippet = info.source();
        if (snippet == null || info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
          break;
        }
        for (SnippetEvent e : shell.eval(snippet)) {
          if (e.status() == Snippet.Status.REJECTED) {
            String diags = shell.diagnostics(e.snippet()).map(d -> d.getMessage(java.util.Locale.ROOT))
                .map(d -> d.replace('\n', ' ')).collect(Collectors.joining("; "));
            fail("%s: snippet rejected: %s%n%s%noutput so far:%n%s", script, diags, snippet,
                bytes.toString(StandardCharsets.UTF_8));
          }
          if (e.exception() != null) {
            fail("%s: snippet threw %s%n%s%noutput so far:%n%s", script, e.exception(), snippet,
                bytes.toString(StandardCharsets.UTF_8));
          }
        }
        remaining = info.remaining();
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
