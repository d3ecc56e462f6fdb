package com.citydata.bulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitScopeTest {
  private static final Catalog CATALOG = new Catalog(List.of(
      new Unit("市公安局", UnitKind.DEPARTMENT, List.of("公安局")),
      new Unit("市财政局", UnitKind.DEPARTMENT, List.of())));

  private static IngestContext limitedTo(String... units) {
    return new IngestContext(CATALOG, Instant.parse("2018-07-20T08:00:00Z"), ZoneId.of("Asia/Shanghai"), Optional.empty(),
        new UnitScope(Set.of(units)));
  }

  private static PointReader reader(String unit, List<FieldError> errors) {
    return new PointReader(new JsonObject().put("unit", unit), 2, errors);
  }

  @Test
  void aUnitInScopePassesWhicheverNameThePointUses() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(reader("公安局", errors).unit("unit", limitedTo("市公安局"))).map(Unit::name).contains("市公安局");
    assertThat(errors).isEmpty();
  }

  @Test
  void aUnitOutOfScopeRefusesTheRequestWithA403NamingItAndThePoint() {
    assertThatThrownBy(() -> reader("市财政局", new ArrayList<>()).unit("unit", limitedTo("市公安局")))
        .isInstanceOfSatisfying(ServiceFailure.class, failure -> assertThat(failure.getMessage())
            .isEqualTo("this token may post only for 市公安局; point 2 (unit) is for the unit '市财政局'"));
  }

  @Test
  void anEmptyScopeIsEveryUnitAndAnUnknownUnitStaysA400() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(reader("市财政局", errors).unit("unit", limitedTo())).isPresent();
    assertThat(reader("市不存在局", errors).unit("unit", limitedTo("市公安局"))).isEmpty();
    assertThat(errors).extracting(FieldError::message).containsExactly("unknown unit '市不存在局'; add it or an alias to the catalog first");
  }
}
