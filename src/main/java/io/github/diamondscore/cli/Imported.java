package io.github.diamondscore.cli;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.model.Framework;
import io.github.diamondscore.prepare.CoinrFormat;
import java.nio.file.Path;

/** A framework and a panel read together (the COINr two-table layout). */
final class Imported {
  final Framework framework;
  final Panel panel;

  private Imported(Framework framework, Panel panel) {
    this.framework = framework;
    this.panel = panel;
  }

  static Imported coinr(Path meta, Path data) {
    CoinrFormat.Imported in = CoinrFormat.read(meta, data);
    return new Imported(in.framework(), in.panel());
  }
}
