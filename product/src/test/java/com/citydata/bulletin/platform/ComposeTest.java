package com.citydata.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.citydata.bulletin.config.AppConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The docker-compose deployment, checked with `docker-compose config` (Debian's docker-compose) and by what it
 * configures: every service as a cluster member, stores the services and Grafana agree on, provisioning mounted
 * where Grafana reads it.
 */
class ComposeTest {
  private static final Path ROOT = Path.of("..");
  private static Map<String, Map<String, Object>> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void resolveTheComposeFile() throws Exception {
    ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config")
        .directory(ROOT.toFile()).redirectErrorStream(true);
    builder.environment().put("ADMIN_TOKEN", "compose-test-admin");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    services = (Map<String, Map<String, Object>>) ((Map<String, Object>) new Yaml().load(output)).get("services");
  }

  @Test
  void everyServiceRunsInItsOwnContainerAsAClusterMember() {
    List<String> names = Arrays.stream(Service.values()).map(Service::cliName).toList();
    assertThat(services.keySet()).containsAll(names).contains("influxdb", "postgres", "grafana");
    for (String name : names) {
      Map<String, Object> service = services.get(name);
      assertThat(command(service)).as(name).containsExactly("--cluster", "--services", name);
      Map<String, String> env = env(service);
      assertThat(env.get(AppConfig.CLUSTER_HOST)).isEqualTo(name);
      assertThat(Arrays.asList(env.get(AppConfig.CLUSTER_MEMBERS).split(",")))
          .containsExactlyInAnyOrderElementsOf(names.stream().map(n -> n + ":" + env.get(AppConfig.CLUSTER_PORT)).toList());
      assertThat(AppConfig.KEYS).as("settings of %s", name).containsAll(env.keySet());
    }
    assertThat(ports(services.get("gateway"))).contains("8080");
  }

  @Test
  void servicesAndStoresAgree() {
    Map<String, String> service = env(services.get("ranking"));
    Map<String, String> influx = env(services.get("influxdb"));
    Map<String, String> postgres = env(services.get("postgres"));
    assertThat(services.get("influxdb").get("image")).isEqualTo("influxdb:2.7");
    assertThat(services.get("postgres").get("image")).isEqualTo("postgres:16");
    assertThat(service.get(AppConfig.INFLUX_URL)).isEqualTo("http://influxdb:8086");
    assertThat(service.get(AppConfig.INFLUX_ORG)).isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_ORG"));
    assertThat(service.get(AppConfig.INFLUX_BUCKET)).isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_BUCKET"));
    assertThat(service.get(AppConfig.INFLUX_TOKEN)).isEqualTo(influx.get("DOCKER_INFLUXDB_INIT_ADMIN_TOKEN"));
    assertThat(service.get(AppConfig.INFLUX_DATABASE)).isEqualTo(influx.get("BULLETIN_INFLUXQL_DATABASE"));
    assertThat(service.get(AppConfig.PG_URL)).isEqualTo("postgresql://" + postgres.get("POSTGRES_USER") + ":"
        + postgres.get("POSTGRES_PASSWORD") + "@postgres:5432/" + postgres.get("POSTGRES_DB"));
    assertThat(volumes(services.get("influxdb"))).anyMatch(v -> v.endsWith("docker/influxdb-init.sh:/docker-entrypoint-initdb.d/bulletin-dbrp.sh:ro"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void grafanaGetsItsProvisioningAndEveryVariableItUses() throws IOException {
    Map<String, Object> grafana = services.get("grafana");
    List<String> volumes = volumes(grafana);
    Map<String, Object> provider = ((List<Map<String, Object>>) ((Map<String, Object>) new Yaml().load(
        Files.readString(ROOT.resolve("grafana/provisioning/dashboards/bulletin.yaml")))).get("providers")).get(0);
    String dashboardsPath = (String) ((Map<String, Object>) provider.get("options")).get("path");
    assertThat(volumes).anyMatch(v -> v.endsWith("grafana/provisioning:/etc/grafana/provisioning:ro"));
    assertThat(volumes).anyMatch(v -> v.endsWith("grafana/dashboards:" + dashboardsPath + ":ro"));
    Matcher variables = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(Files.readString(ROOT.resolve("grafana/provisioning/datasources/bulletin.yaml")));
    Map<String, String> env = env(grafana);
    while (variables.find()) {
      assertThat(env).as("grafana's environment").containsKey(variables.group(1));
    }
    assertThat(env.get("INFLUX_TOKEN")).isEqualTo(env(services.get("influxdb")).get("DOCKER_INFLUXDB_INIT_ADMIN_TOKEN"));
    assertThat(env.get("GF_ANALYTICS_REPORTING_ENABLED")).isEqualTo("false");
  }

  @Test
  void theImageBuildsTheLauncherJar() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    assertThat(dockerfile).contains("mvn -B -q -ntp -DskipTests package")
        .contains("product/target/bulletin-platform.jar")
        .contains("ENTRYPOINT [\"java\", \"-jar\", \"/opt/bulletin/bulletin-platform.jar\"]");
  }

  @SuppressWarnings("unchecked")
  private static List<String> command(Map<String, Object> service) {
    return (List<String>) service.get("command");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> env(Map<String, Object> service) {
    return ((Map<String, Object>) service.get("environment")).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
  }

  @SuppressWarnings("unchecked")
  private static List<String> volumes(Map<String, Object> service) {
    return ((List<Object>) service.get("volumes")).stream().map(String::valueOf).toList();
  }

  @SuppressWarnings("unchecked")
  private static Set<String> ports(Map<String, Object> service) {
    return ((List<Object>) service.get("ports")).stream().map(p -> p instanceof Map<?, ?> m ? String.valueOf(m.get("target"))
        : String.valueOf(p).replaceAll(".*:", "")).collect(Collectors.toSet());
  }
}
