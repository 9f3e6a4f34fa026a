package io.github.diamondscore.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void write_replacesAnExistingFile() throws IOException {
    Path file = dir.resolve("r.csv");
    Files.writeString(file, "old content that is longer than the new one\n");
    AtomicFiles.writeString(file, "results file", "new\n");
    assertThat(Files.readString(file)).isEqualTo("new\n");
    assertThat(dir.toFile().list()).containsExactly("r.csv");
  }

  @Test
  void write_failingHalfway_leavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("r.csv");
    Files.writeString(file, "old\n");
    assertThatThrownBy(() -> AtomicFiles.write(file, "results file", w -> {
      w.write("half of the new content");
      throw new IOException("disk failed");
    })).isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write results file " + file + ": disk failed");
    assertThat(Files.readString(file)).isEqualTo("old\n");
    assertThat(dir.toFile().list()).containsExactly("r.csv");
  }

  @Test
  void write_throughASymlink_replacesTheTargetAndKeepsTheLink() throws IOException {
    Path target = dir.resolve("target.csv");
    Files.writeString(target, "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
    AtomicFiles.writeString(link, "results file", "new\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("new\n");
  }

  @Test
  void write_missingDirectory_saysTheDirectoryDoesNotExist() {
    Path file = dir.resolve("nope/x.csv");
    assertThatThrownBy(() -> AtomicFiles.writeString(file, "results file", "x"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write results file " + file + ": directory " + dir.resolve("nope")
            + " does not exist");
  }

  @Test
  void write_toAFullDevice_namesTheFileAndLeavesTheDevice() {
    Path full = Path.of("/dev/full");
    assumeThat(Files.exists(full)).isTrue();
    assertThatThrownBy(() -> AtomicFiles.writeString(full, "results file", "x\n"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot write results file /dev/full: ");
    assertThat(Files.isRegularFile(full)).isFalse();
  }

  @Test
  void checkWritable_rejectsDirectoriesAndMissingParents() throws IOException {
    assertThatThrownBy(() -> AtomicFiles.checkWritable(dir, "results file"))
        .hasMessageContaining("is a directory");
    assertThatThrownBy(() -> AtomicFiles.checkWritable(dir.resolve("a/b.csv"), "results file"))
        .hasMessageContaining("does not exist");
    AtomicFiles.checkWritable(dir.resolve("ok.csv"), "results file");
    assertThat(dir.toFile().list()).isEmpty();
  }
}
