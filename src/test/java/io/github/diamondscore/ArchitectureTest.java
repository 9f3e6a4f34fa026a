package io.github.diamondscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps package dependencies pointing one way (README, "Project layout"): a package may use
 * only packages on a lower layer (not another package of its own layer, never a higher one). A plain scan of
 * every reference to {@code io.github.diamondscore.<package>} in the main sources, imports and
 * fully qualified names alike.
 */
class ArchitectureTest {
  private static final Map<String, Integer> LAYER = Map.ofEntries(
      Map.entry("internal", 0), Map.entry("data", 1), Map.entry("normalize", 2),
      Map.entry("aggregate", 2), Map.entry("model", 3), Map.entry("weight", 4),
      Map.entry("mcda", 4), Map.entry("prepare", 4), Map.entry("score", 5),
      Map.entry("analysis", 6), Map.entry("scenario", 6), Map.entry("testkit", 7),
      Map.entry("diamond", 7), Map.entry("report", 8),
      Map.entry("cli", 9));
  private static final Pattern REF = Pattern.compile("io\\.github\\.diamondscore\\.([a-z]+)");

  @Test
  void dependenciesPointDown() throws IOException {
    Path root = Path.of("src/main/java/io/github/diamondscore");
    List<String> violations = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertThat(files).hasSizeGreaterThan(50);
    for (Path file : files) {
      String pkg = root.relativize(file).getName(0).toString();
      assertThat(LAYER).as("package %s has a layer", pkg).containsKey(pkg);
      int own = LAYER.get(pkg);
      Matcher m = REF.matcher(Files.readString(file));
      while (m.find()) {
        String used = m.group(1);
        Integer layer = LAYER.get(used);
        if (layer == null) {
          continue; // e.g. a class in the root package
        }
        boolean sameLayerOther = layer == own && !used.equals(pkg);
        if (layer > own || sameLayerOther) {
          violations.add(root.relativize(file) + " (" + pkg + ") uses " + used);
        }
      }
    }
    assertThat(violations).isEmpty();
  }
}
