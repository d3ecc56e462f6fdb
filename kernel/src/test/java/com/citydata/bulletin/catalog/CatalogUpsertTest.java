package com.citydata.bulletin.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogUpsertTest {
  private final Catalog existing = new Catalog(List.of(
      new Unit("市公安局", UnitKind.DEPARTMENT, List.of("公安局")),
      new Unit("江干区", UnitKind.DISTRICT, List.of())));

  @Test
  void aUnitMayKeepOrReplaceItsOwnAliases() {
    assertThat(CatalogUpsert.conflicts(existing, List.of(new Unit("市公安局", UnitKind.DEPARTMENT, List.of("公安局", "杭州市公安局")))))
        .isEmpty();
  }

  @Test
  void anAliasMayMoveOnlyWhenItsOwnerIsUpsertedWithoutIt() {
    assertThat(CatalogUpsert.conflicts(existing, List.of(new Unit("市交警局", UnitKind.DEPARTMENT, List.of("公安局")))))
        .containsExactly(new FieldError(0, "aliases", "'公安局' already names 市公安局"));
    assertThat(CatalogUpsert.conflicts(existing, List.of(
        new Unit("市公安局", UnitKind.DEPARTMENT, List.of()),
        new Unit("市交警局", UnitKind.DEPARTMENT, List.of("公安局"))))).isEmpty();
  }

  @Test
  void namesMustBeUnambiguousAndFreeOfBackslashes() {
    assertThat(CatalogUpsert.conflicts(existing, List.of(
        new Unit("公安局", UnitKind.DEPARTMENT, List.of()),
        new Unit("西湖区", UnitKind.DISTRICT, List.of("江干区")),
        new Unit("西湖区", UnitKind.DISTRICT, List.of()),
        new Unit("a\\b", UnitKind.COMPANY, List.of()))))
        .containsExactly(
            new FieldError(0, "name", "'公安局' is already an alias of 市公安局"),
            new FieldError(2, "name", "'西湖区' is listed twice in this request"),
            new FieldError(3, "name", "'a\\b' must not contain a backslash"),
            new FieldError(1, "aliases", "'江干区' already names 江干区"));
  }

  /** A duplicated alias was once dropped quietly; the request is refused instead, naming it. */
  @Test
  void anAliasListedTwiceIsRefused() {
    assertThat(CatalogUpsert.conflicts(existing, List.of(new Unit("市财政局", UnitKind.DEPARTMENT, List.of("财政局", "财政局")))))
        .containsExactly(new FieldError(0, "aliases", "'财政局' is listed twice"));
  }
}
