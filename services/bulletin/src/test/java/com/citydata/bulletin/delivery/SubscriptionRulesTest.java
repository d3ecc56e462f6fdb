package com.citydata.bulletin.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.domain.FieldError;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionRulesTest {
  private final SubscriptionRules loopback = new SubscriptionRules(Set.of("127.0.0.1", "localhost", "::1"));

  @Test
  void loopbackUrlsOverHttpOrHttpsAreAllowed() {
    assertThat(loopback.urlProblem("http://127.0.0.1:8080/robot/send?access_token=abc")).isEmpty();
    assertThat(loopback.urlProblem("HTTPS://LOCALHOST/hook")).isEmpty();
    assertThat(loopback.urlProblem("http://[::1]:9000/hook")).isEmpty();
    assertThat(loopback.urlProblem("http://localhost./hook")).isEmpty();
  }

  @Test
  void hostsTheOperatorDidNotAllowAreRefusedByName() {
    assertThat(loopback.urlProblem("https://oapi.dingtalk.com/robot/send?access_token=x")).hasValueSatisfying(p ->
        assertThat(p).contains("oapi.dingtalk.com").contains("DELIVERY_ALLOWED_HOSTS"));
    assertThat(loopback.urlProblem("http://169.254.169.254/latest/meta-data/")).isPresent();
    assertThat(loopback.urlProblem("http://127.1/")).as("another spelling of loopback is not the allowed one").isPresent();
    assertThat(loopback.urlProblem("http://127.0.0.1.example.com/")).isPresent();
    assertThat(new SubscriptionRules(Set.of("oapi.dingtalk.com")).urlProblem("https://oapi.dingtalk.com/robot/send?access_token=x")).isEmpty();
    assertThat(new SubscriptionRules(Set.of()).urlProblem("http://127.0.0.1/")).hasValueSatisfying(p -> assertThat(p).contains("none"));
  }

  @Test
  void onlyPlainHttpUrlsWithAHostAndNoCredentials() {
    assertThat(loopback.urlProblem("ftp://127.0.0.1/x")).hasValueSatisfying(p -> assertThat(p).contains("http or https"));
    assertThat(loopback.urlProblem("file:///etc/passwd")).isPresent();
    assertThat(loopback.urlProblem("127.0.0.1:8080/hook")).isPresent();
    assertThat(loopback.urlProblem("http://user:pass@127.0.0.1/")).hasValueSatisfying(p -> assertThat(p).contains("password"));
    assertThat(loopback.urlProblem("http:///path")).hasValueSatisfying(p -> assertThat(p).contains("host"));
    assertThat(loopback.urlProblem("http://127.0.0.1/a b")).hasValueSatisfying(p -> assertThat(p).contains("ASCII"));
    assertThat(loopback.urlProblem("http://127.0.0.1/\u0085")).isPresent();
    assertThat(loopback.urlProblem("http://127.0.0.1/\ud800")).isPresent();
    assertThat(loopback.urlProblem("")).isPresent();
    assertThat(loopback.urlProblem("http://127.0.0.1/" + "a".repeat(2000))).isPresent();
  }

  @Test
  void everyProblemOfASubscriptionIsNamed() {
    JsonObject valid = new JsonObject().put("name", "工作群").put("kind", "webhook").put("url", "http://127.0.0.1/hook")
        .put("secret", "s").put("events", new JsonArray().add("published"));
    assertThat(loopback.problems(valid)).isEmpty();
    List<FieldError> problems = loopback.problems(new JsonObject().put("name", " 工作群").put("kind", "email")
        .put("url", "http://10.0.0.1/").put("secret", "a\u0000b").put("events", new JsonArray().add("published").add("published")));
    assertThat(problems).extracting(FieldError::field).containsExactly("name", "kind", "url", "secret", "events");
    assertThat(loopback.problems(valid.copy().put("events", new JsonArray()))).extracting(FieldError::field).containsExactly("events");
    assertThat(loopback.problems(valid.copy().put("events", new JsonArray().add("deleted")))).extracting(FieldError::index).containsExactly(0);
  }
}
