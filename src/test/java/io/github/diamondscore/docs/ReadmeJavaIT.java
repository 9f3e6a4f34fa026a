package io.github.diamondscore.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every {@code ```java} block of the README as printed, against the built CLI jar (the
 * library and its runtime dependencies), and runs it in the project directory, as a user who
 * copies it would. A block's leading {@code import} lines become the file's imports and the rest
 * the body of {@code main}; nothing else is added, so a missing import or an undefined variable
 * fails here.
 */
class ReadmeJavaIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path JAR = ROOT.resolve("target/diamond-score-cli.jar");
  private static final Path OUT = ROOT.resolve("target/readme-blocks");

  /** A Java block of the README: its first line number (1-based, the fence) and its text. */
  record Block(int line, String text) {
    String className() {
      return "ReadmeLine" + line;
    }

    String source() {
      List<String> imports = new ArrayList<>();
      List<String> body = new ArrayList<>();
      for (String l : text.split("\n", -1)) {
        if (body.isEmpty() && (l.startsWith("import ") || (l.isBlank() && !imports.isEmpty()))) {
          imports.add(l);
        } else {
          body.add(l);
        }
      }
      // One line per README line, so compiler line numbers map back: the class header shares
      // the last import line.
      return String.join("\n", imports) + "\npublic class " + className()
          + " { public static void main(String[] args) throws Exception {\n"
          + String.join("\n", body) + "\n}}\n";
    }

    @Override
    public String toString() {
      return "README.md:" + line;
    }
  }

  static List<Block> blocks() throws Exception {
    List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```java")) {
        int start = i;
        StringBuilder text = new StringBuilder();
        for (i++; !lines.get(i).strip().equals("```"); i++) {
          text.append(lines.get(i)).append('\n');
        }
        blocks.add(new Block(start + 1, text.toString()));
      }
    }
    return blocks;
  }

  @BeforeAll
  static void compileAll() throws Exception {
    assertThat(JAR).as("built by `mvn package` before this test").isRegularFile();
    Path src = OUT.resolve("src");
    Path classes = OUT.resolve("classes");
    for (Path p : List.of(src, classes)) {
      Files.createDirectories(p);
      try (Stream<Path> old = Files.list(p)) {
        for (Path f : (Iterable<Path>) old::iterator) {
          Files.delete(f);
        }
      }
    }
    List<File> files = new ArrayList<>();
    for (Block b : blocks()) {
      Path f = src.resolve(b.className() + ".java");
      Files.writeString(f, b.source(), StandardCharsets.UTF_8);
      files.add(f.toFile());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(new StringWriter(), fm, diagnostics,
          List.of("--release", "17", "-proc:none", "-cp", JAR.toString(), "-d",
              classes.toString()), null, fm.getJavaFileObjectsFromFiles(files)).call();
      String errors = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(ReadmeJavaIT::describe).collect(Collectors.joining("\n"));
      assertThat(errors).as("README Java blocks that do not compile as printed").isEmpty();
      assertThat(ok).isTrue();
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String name = Path.of(d.getSource().toUri()).getFileName().toString();
    int block = Integer.parseInt(name.replaceAll("\\D", ""));
    // generated line n is README line block + n (the fence is line `block`)
    return "README.md:" + (block + d.getLineNumber()) + ": " + d.getMessage(Locale.ROOT);
  }

  @Test
  void readmeHasJavaBlocks() throws Exception {
    assertThat(blocks()).hasSizeGreaterThanOrEqualTo(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocks")
  void blockRunsInTheProjectDirectory(Block block) throws Exception {
    Path err = Files.createTempFile("readme", ".err");
    Path out = Files.createTempFile("readme", ".out");
    try {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process p = new ProcessBuilder(java.toString(), "-cp",
          JAR + File.pathSeparator + OUT.resolve("classes"), block.className())
          .directory(ROOT.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
          .start();
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s finished", block).isTrue();
      assertThat(Files.readString(err)).as("%s: standard error", block).isEmpty();
      assertThat(p.exitValue()).as("%s: exit code", block).isZero();
    } finally {
      Files.deleteIfExists(err);
      Files.deleteIfExists(out);
    }
  }
}
