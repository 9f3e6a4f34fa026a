package io.github.diamondscore.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RowKeyTest {

  @Test
  void of_entity_hasNoOptionalParts() {
    RowKey key = RowKey.of("CN");
    assertThat(key.entity()).isEqualTo("CN");
    assertThat(key.name()).isEmpty();
    assertThat(key.group()).isEmpty();
    assertThat(key.year()).isEmpty();
    assertThat(RowKey.of("CN", 2020).year()).hasValue(2020);
  }

  @Test
  void withName_chainedWithGroupAndYear_setsEachPart() {
    RowKey key = RowKey.of("CN").withName("China").withGroup("Asia").withYear(2021);
    assertThat(key).isEqualTo(new RowKey("CN", Optional.of("China"), Optional.of("Asia"),
        OptionalInt.of(2021)));
  }

  @Test
  void constructor_blankEntityOrLabel_throwsNamingIt() {
    assertThatThrownBy(() -> RowKey.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entity id (' ') is blank");
    assertThatThrownBy(() -> RowKey.of("CN").withName(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name of entity 'CN' ('') is blank");
    assertThatThrownBy(() -> RowKey.of("CN").withGroup(" \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group of entity 'CN'");
  }

  @Test
  void constructor_nullComponent_throwsNullPointer() {
    assertThatThrownBy(() -> new RowKey("CN", null, Optional.empty(), OptionalInt.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name is null");
    assertThatThrownBy(() -> RowKey.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("entity id is null");
  }
}
