package io.github.diamondscore.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the built jars carry the licence and notice, and the javadoc shows only the API. */
class PackagingIT {
  private static final Path TARGET = Path.of("target").toAbsolutePath();

  private static Path jar(String suffix) throws IOException {
    try (var files = Files.list(TARGET)) {
      return files.filter(p -> p.getFileName().toString().startsWith("diamond-score")
          && p.getFileName().toString().endsWith(suffix)).findFirst()
          .orElseThrow(() -> new AssertionError("no jar *" + suffix + " in " + TARGET));
    }
  }

  private static String read(ZipFile zip, String name) throws IOException {
    ZipEntry e = zip.getEntry(name);
    assertThat(e).as("%s in %s", name, zip.getName()).isNotNull();
    return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"-SNAPSHOT.jar", "-sources.jar", "-javadoc.jar", "-cli.jar"})
  void everyJarCarriesLicenseAndFilledInNotice(String suffix) throws IOException {
    String license = Files.readString(Path.of("LICENSE"));
    String notice = Files.readString(Path.of("NOTICE"));
    try (ZipFile zip = new ZipFile(jar(suffix).toFile())) {
      assertThat(read(zip, "META-INF/LICENSE")).isEqualTo(license);
      String jarNotice = read(zip, "META-INF/NOTICE");
      assertThat(jarNotice).contains(notice.strip())
          .doesNotContain("in this case for \n").doesNotContain("${");
    }
  }

  @Test
  void cliJarNoticeAlsoCarriesTheBundledDependenciesNotices() throws IOException {
    try (ZipFile zip = new ZipFile(jar("-cli.jar").toFile())) {
      assertThat(read(zip, "META-INF/NOTICE")).contains("Apache Commons Math")
          .contains("Apache Commons CSV");
    }
  }

  @Test
  void javadocShowsOnlyThePublicApiUnderTheRightLicence() throws IOException {
    try (ZipFile zip = new ZipFile(jar("-javadoc.jar").toFile())) {
      List<? extends ZipEntry> entries = Collections.list(zip.entries());
      assertThat(entries).extracting(ZipEntry::getName)
          .noneMatch(n -> n.contains("/diamondscore/internal/") || n.contains("/diamondscore/cli/"))
          .anyMatch(n -> n.endsWith("/diamondscore/score/FittedIndex.html"));
      int pages = 0;
      for (ZipEntry e : entries) {
        if (e.getName().endsWith(".html") && !e.getName().contains("legal/")) {
          String html = read(zip, e.getName());
          if (html.contains("class=\"legal-copy\"")) {
            pages++;
            assertThat(html).as(e.getName()).doesNotContain("All rights reserved")
                .contains("Licensed under the <a href=\"https://www.apache.org/licenses/LICENSE-2.0\">"
                    + "Apache License, Version 2.0</a>");
          }
        }
      }
      assertThat(pages).isGreaterThan(50);
    }
  }
}
