package io.github.diamondscore.diamond;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.diamondscore.analysis.AuditFlag;
import io.github.diamondscore.analysis.AuditResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/audit.md} is the audit of the bundled model v2 with its authors' reason for every
 * flag. It is generated ({@code java -jar target/diamond-score-cli.jar audit --markdown
 * docs/audit.md}); this test regenerates it and fails when the committed file differs, and
 * fails when a flag has no reason.
 */
class AuditDocumentTest {
  private static final Path DOC = Path.of("docs/audit.md");

  @Test
  void docsAudit_isCurrent() throws Exception {
    String expected = GoGlobal.auditDocument(GoGlobal.audit());
    assertThat(Files.readString(DOC))
        .as("docs/audit.md is stale; regenerate it with: java -jar"
            + " target/diamond-score-cli.jar audit --markdown docs/audit.md")
        .isEqualTo(expected);
  }

  @Test
  void everyFlagOfTheBundledModelHasAReason() {
    AuditResult audit = GoGlobal.audit();
    String doc = GoGlobal.auditDocument(audit);
    assertThat(audit.flags()).isNotEmpty();
    for (AuditFlag f : audit.flags()) {
      assertThat(AuditNotes.note(f, audit, GoGlobal.framework(), BeltAndRoad.countries()))
          .as(f.message()).isPresent();
    }
    assertThat(doc).contains("\n0 unresolved.\n").doesNotContain("*Unresolved:*");
    // The document's flag section and the audit agree in number.
    assertThat(doc.split("\n- \\*\\*", -1).length - 1)
        .isEqualTo(2 * audit.flags().size()); // once with its reason, once in the full audit
  }

  @Test
  void aFlagWithoutANote_isListedAsUnresolved() {
    // A stricter audit raises flags nobody has explained (government's two indicators correlate
    // 0.83, above a threshold of 0.8): the document lists them as unresolved.
    AuditResult strict = io.github.diamondscore.analysis.Audit.of(GoGlobal.fit(),
        BeltAndRoad.countries(), io.github.diamondscore.analysis.AuditOptions.defaults()
            .withCorrelationThresholds(0.8, 0.2));
    assertThat(strict.flags()).anyMatch(f -> f.kind() == AuditFlag.Kind.HIGH_SIBLING_CORRELATION
        && f.nodes().contains("lpi_customs"));
    String doc = GoGlobal.auditDocument(strict);
    assertThat(doc).contains("'wgi_regulatory_quality' and 'lpi_customs' in 'government'")
        .contains("*Unresolved:* no reason has been given for this flag.")
        .doesNotContain("\n0 unresolved.\n");
  }

  // The notes quote numbers computed from the data, not typed: the skewness of log(gdp_usd)
  // over the 78 present values is 0.2234 by scipy.stats.skew(v, bias=False) (G1, as
  // prepare.Moments), so the note reads "skewness is 0.22".
  @Test
  void outlierNote_quotesTheSkewnessAfterTheLog() {
    AuditResult audit = GoGlobal.audit();
    AuditFlag gdp = audit.flags().stream().filter(f -> f.kind() == AuditFlag.Kind.OUTLIERS
        && f.nodes().get(0).equals("gdp_usd")).findFirst().orElseThrow();
    String note = AuditNotes.note(gdp, audit, GoGlobal.framework(), BeltAndRoad.countries())
        .orElseThrow();
    assertThat(note).contains("skewness is 0.22 ");
  }
}
