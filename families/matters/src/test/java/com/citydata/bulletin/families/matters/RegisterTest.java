package com.citydata.bulletin.families.matters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.citydata.bulletin.domain.FieldError;
import com.citydata.bulletin.domain.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a register file's rows are numbered in what the editor is told: as the spreadsheet shows them. */
class RegisterTest {
  private static final String HEADER = String.join(",", Register.REQUIRED) + "\n";

  @Test
  void aBlankLineInACsvKeepsItsRowNumberAsInTheXlsx() {
    String csv = HEADER
        + "市民政局,社会团体成立登记,法人;,http://127.0.0.1/apply/8,是,,,,,\n"
        + "\n"
        + "市林水局,森林火灾认定,法人;,http://127.0.0.1/apply/7,Y,,,,,\n";

    InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
        () -> Register.read(csv.getBytes(StandardCharsets.UTF_8), "text/csv"));

    assertThat(refused.details()).containsExactly(new FieldError(4, "统一认证", "must be 是 or 否, got 'Y'"));
  }

  @Test
  void aCellOverTwoLinesIsOneRow() {
    String csv = HEADER
        + "市民政局,\"社会团体\n成立登记\",法人;,http://127.0.0.1/apply/8,是,,,,,\n"
        + "市林水局,森林火灾认定,法人;,http://127.0.0.1/apply/7,Y,,,,,\n";

    InvalidRequestException refused = catchThrowableOfType(InvalidRequestException.class,
        () -> Register.read(csv.getBytes(StandardCharsets.UTF_8), "text/csv"));

    assertThat(refused.details()).contains(new FieldError(3, "统一认证", "must be 是 or 否, got 'Y'"));
  }
}
