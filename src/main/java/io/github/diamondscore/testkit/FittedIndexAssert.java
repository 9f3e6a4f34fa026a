package io.github.diamondscore.testkit;

import io.github.diamondscore.data.Panel;
import io.github.diamondscore.score.FittedIndex;
import io.github.diamondscore.score.ScoreCard;
import io.github.diamondscore.score.Scores;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link FittedIndex}, for indices with host-defined custom leaves above all. */
public final class FittedIndexAssert extends AbstractAssert<FittedIndexAssert, FittedIndex> {
  FittedIndexAssert(FittedIndex actual) {
    super(actual, FittedIndexAssert.class);
  }

  /**
   * Checks that scoring each row of the panel online gives, for every node, the same double as
   * the batch (bit for bit, NaN equal to NaN).
   *
   * @param panel the panel
   * @return this assertion
   */
  public FittedIndexAssert scoresOnlineAsInBatch(Panel panel) {
    isNotNull();
    Scores batch = actual.score(panel);
    for (int r = 0; r < batch.size(); r++) {
      int row = panel.size() == batch.size() ? r : panel.row(batch.entities().get(r)).orElse(r);
      ScoreCard card = actual.score(panel.observation(row));
      for (String node : batch.nodes()) {
        double a = card.score(node);
        double b = batch.score(r, node);
        if (Double.doubleToLongBits(a) != Double.doubleToLongBits(b)) {
          failWithMessage("expected online and batch scores to agree for entity '%s' on '%s'"
              + " but online was %s and batch %s", batch.entities().get(r), node, a, b);
        }
      }
    }
    return this;
  }

  /**
   * Checks that the fitted index survives Java serialization and scores the panel identically
   * afterwards (fails, for instance, when a custom leaf captures something not serializable).
   *
   * @param panel the panel
   * @return this assertion
   */
  public FittedIndexAssert survivesSerialization(Panel panel) {
    isNotNull();
    FittedIndex back;
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(actual);
      }
      try (ObjectInputStream in = new ObjectInputStream(
          new ByteArrayInputStream(bytes.toByteArray()))) {
        back = (FittedIndex) in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      failWithMessage("expected the fitted index to serialize but it failed: %s", e);
      return this;
    }
    if (!back.score(panel).equals(actual.score(panel))) {
      failWithMessage("expected the deserialized index to score the panel identically, but the"
          + " scores differ");
    }
    return this;
  }
}
