package com.citydata.bulletin.config;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The product's settings. One vocabulary for both sources: a properties file uses the same keys as the
 * environment variables, and the environment wins. Verticles receive the merged settings as their JSON config.
 */
public final class AppConfig {
  public static final String HTTP_HOST = "HTTP_HOST";
  public static final String HTTP_PORT = "HTTP_PORT";
  public static final String HTTP_IDLE_TIMEOUT_SECONDS = "HTTP_IDLE_TIMEOUT_SECONDS";
  public static final String HTTP_HEADER_TIMEOUT_SECONDS = "HTTP_HEADER_TIMEOUT_SECONDS";
  public static final String RATE_LIMIT_PER_SECOND = "RATE_LIMIT_PER_SECOND";
  public static final String RATE_LIMIT_BURST = "RATE_LIMIT_BURST";
  public static final String AUTH_FAILURE_LIMIT = "AUTH_FAILURE_LIMIT";
  public static final String AUTH_FAILURE_WINDOW_SECONDS = "AUTH_FAILURE_WINDOW_SECONDS";
  public static final String DATA_DIR = "DATA_DIR";
  public static final String ADMIN_TOKEN = "ADMIN_TOKEN";
  public static final String BODY_LIMIT_BYTES = "BODY_LIMIT_BYTES";
  public static final String BULLETIN_TIMEZONE = "BULLETIN_TIMEZONE";
  public static final String BULLETIN_WEEKDAY = "BULLETIN_WEEKDAY";
  public static final String BULLETIN_TITLE = "BULLETIN_TITLE";
  public static final String BULLETIN_ISSUER = "BULLETIN_ISSUER";
  public static final String BULLETIN_DRAFT_TIME = "BULLETIN_DRAFT_TIME";
  /** When the week's reminder of who has not reported goes out: a weekday and a time in the bulletin's zone. */
  public static final String REMINDER_TIME = "REMINDER_TIME";
  public static final String BULLETINS_PUBLIC = "BULLETINS_PUBLIC";
  public static final String BULLETIN_SIGNATURE = "BULLETIN_SIGNATURE";
  public static final String BULLETIN_REPORT_TO = "BULLETIN_REPORT_TO";
  public static final String BULLETIN_COPY_TO = "BULLETIN_COPY_TO";
  public static final String PG_URL = "PG_URL";
  public static final String PG_POOL_SIZE = "PG_POOL_SIZE";
  public static final String INFLUX_URL = "INFLUX_URL";
  public static final String INFLUX_TOKEN = "INFLUX_TOKEN";
  public static final String INFLUX_ORG = "INFLUX_ORG";
  public static final String INFLUX_BUCKET = "INFLUX_BUCKET";
  public static final String INFLUX_DATABASE = "INFLUX_DATABASE";
  public static final String INFLUX_RETENTION_POLICY = "INFLUX_RETENTION_POLICY";
  public static final String QUESTDB_HTTP_URL = "QUESTDB_HTTP_URL";
  public static final String QUESTDB_PG_URL = "QUESTDB_PG_URL";
  public static final String STORE_DEADLINE_SECONDS = "STORE_DEADLINE_SECONDS";
  public static final String SPOOL_MAX_BYTES = "SPOOL_MAX_BYTES";
  public static final String STORE_MAX_PENDING_WRITES = "STORE_MAX_PENDING_WRITES";
  public static final String SHUTDOWN_DRAIN_SECONDS = "SHUTDOWN_DRAIN_SECONDS";
  public static final String CLUSTER_HOST = "CLUSTER_HOST";
  public static final String CLUSTER_PORT = "CLUSTER_PORT";
  public static final String CLUSTER_MEMBERS = "CLUSTER_MEMBERS";
  public static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";
  public static final String DELIVERY_ALLOWED_HOSTS = "DELIVERY_ALLOWED_HOSTS";
  public static final String DELIVERY_RETRY_BASE_SECONDS = "DELIVERY_RETRY_BASE_SECONDS";
  public static final String DELIVERY_RETRY_CAP_SECONDS = "DELIVERY_RETRY_CAP_SECONDS";
  public static final String SESSION_IDLE_MINUTES = "SESSION_IDLE_MINUTES";
  public static final String SESSION_MAX_HOURS = "SESSION_MAX_HOURS";
  public static final String SIGNIN_FAILURE_LIMIT = "SIGNIN_FAILURE_LIMIT";
  public static final String SIGNIN_LOCK_MINUTES = "SIGNIN_LOCK_MINUTES";
  public static final String DESK_CHANGE_FACTOR = "DESK_CHANGE_FACTOR";

  private static final Map<String, String> DEFAULTS = Map.ofEntries(
      Map.entry(HTTP_HOST, "127.0.0.1"),
      Map.entry(HTTP_PORT, "8080"),
      Map.entry(HTTP_IDLE_TIMEOUT_SECONDS, "30"),
      Map.entry(HTTP_HEADER_TIMEOUT_SECONDS, "20"),
      // Far above any real collector (a request carries up to 5,000 points), so only a runaway loop meets it.
      Map.entry(RATE_LIMIT_PER_SECOND, "200"),
      Map.entry(RATE_LIMIT_BURST, "1000"),
      Map.entry(AUTH_FAILURE_LIMIT, "20"),
      Map.entry(AUTH_FAILURE_WINDOW_SECONDS, "60"),
      Map.entry(DATA_DIR, "data"),
      Map.entry(BODY_LIMIT_BYTES, String.valueOf(2 * 1024 * 1024)),
      Map.entry(BULLETIN_TIMEZONE, "Asia/Shanghai"),
      Map.entry(BULLETIN_WEEKDAY, "FRIDAY"),
      Map.entry(PG_POOL_SIZE, "8"),
      Map.entry(STORE_DEADLINE_SECONDS, "5"),
      Map.entry(SPOOL_MAX_BYTES, String.valueOf(256L * 1024 * 1024)),
      Map.entry(STORE_MAX_PENDING_WRITES, "4"),
      Map.entry(SHUTDOWN_DRAIN_SECONDS, "10"),
      Map.entry(CLUSTER_HOST, "127.0.0.1"),
      Map.entry(CLUSTER_PORT, "5701"),
      Map.entry(INFLUX_RETENTION_POLICY, "autogen"),
      Map.entry(BULLETINS_PUBLIC, "true"),
      Map.entry(DELIVERY_ALLOWED_HOSTS, "127.0.0.1,localhost,::1"),
      Map.entry(DELIVERY_RETRY_BASE_SECONDS, "30"),
      Map.entry(DELIVERY_RETRY_CAP_SECONDS, "3600"),
      // An editor's working morning without a sign-in; a whole working day at most.
      Map.entry(SESSION_IDLE_MINUTES, "60"),
      Map.entry(SESSION_MAX_HOURS, "12"),
      Map.entry(SIGNIN_FAILURE_LIMIT, "10"),
      Map.entry(SIGNIN_LOCK_MINUTES, "15"),
      Map.entry(DESK_CHANGE_FACTOR, "2"),
      // The afternoon before a Friday bulletin: time enough to send the figures.
      Map.entry(REMINDER_TIME, "THU 15:00"));

  public static final List<String> KEYS = List.of(HTTP_HOST, HTTP_PORT, HTTP_IDLE_TIMEOUT_SECONDS, HTTP_HEADER_TIMEOUT_SECONDS, RATE_LIMIT_PER_SECOND,
      RATE_LIMIT_BURST, AUTH_FAILURE_LIMIT, AUTH_FAILURE_WINDOW_SECONDS, DATA_DIR, ADMIN_TOKEN, BODY_LIMIT_BYTES,
      BULLETIN_TIMEZONE, BULLETIN_WEEKDAY, BULLETIN_TITLE, BULLETIN_ISSUER, BULLETIN_DRAFT_TIME, BULLETINS_PUBLIC, BULLETIN_SIGNATURE, BULLETIN_REPORT_TO, BULLETIN_COPY_TO, PG_URL, PG_POOL_SIZE, INFLUX_URL, INFLUX_TOKEN, INFLUX_ORG, INFLUX_BUCKET,
      INFLUX_DATABASE, INFLUX_RETENTION_POLICY, QUESTDB_HTTP_URL, QUESTDB_PG_URL, STORE_DEADLINE_SECONDS, SPOOL_MAX_BYTES,
      STORE_MAX_PENDING_WRITES, SHUTDOWN_DRAIN_SECONDS, CLUSTER_HOST, CLUSTER_PORT, CLUSTER_MEMBERS, PUBLIC_BASE_URL,
      DELIVERY_ALLOWED_HOSTS, DELIVERY_RETRY_BASE_SECONDS, DELIVERY_RETRY_CAP_SECONDS, SESSION_IDLE_MINUTES, SESSION_MAX_HOURS,
      SIGNIN_FAILURE_LIMIT, SIGNIN_LOCK_MINUTES, DESK_CHANGE_FACTOR, REMINDER_TIME);

  private static final Pattern WEEKLY_TIME = Pattern.compile("(?i)(MON|TUE|WED|THU|FRI|SAT|SUN) ([01][0-9]|2[0-3]):([0-5][0-9])");
  private final Map<String, String> values;

  private AppConfig(Map<String, String> values) {
    this.values = Map.copyOf(values);
    validate();
  }

  /** Defaults, then the file (when given), then the environment. */
  public static AppConfig load(Optional<Path> file, Map<String, String> env) throws IOException {
    Map<String, String> merged = new TreeMap<>(DEFAULTS);
    if (file.isPresent()) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      for (String key : properties.stringPropertyNames()) {
        if (!KEYS.contains(key)) {
          throw new IllegalArgumentException("unknown setting " + key + " in " + file.get() + "; known: " + KEYS);
        }
        merged.put(key, properties.getProperty(key).trim());
      }
    }
    KEYS.stream().filter(env::containsKey).forEach(key -> merged.put(key, env.get(key).trim()));
    merged.values().removeIf(String::isEmpty);
    return new AppConfig(merged);
  }

  public static AppConfig fromJson(JsonObject json) {
    Map<String, String> merged = new TreeMap<>(DEFAULTS);
    json.forEach(e -> {
      if (e.getValue() != null) {
        merged.put(e.getKey(), e.getValue().toString());
      }
    });
    return new AppConfig(merged);
  }

  public JsonObject toJson() {
    return new JsonObject(values.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> (Object) e.getValue())));
  }

  public AppConfig with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(values);
    copy.put(key, value);
    return new AppConfig(copy);
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  public String require(String key) {
    return get(key).orElseThrow(() -> new IllegalArgumentException("setting " + key + " is required"));
  }

  public String httpHost() {
    return require(HTTP_HOST);
  }

  public int httpPort() {
    return integer(HTTP_PORT);
  }

  public int httpIdleTimeoutSeconds() {
    return atLeastOne(HTTP_IDLE_TIMEOUT_SECONDS);
  }

  /** How long a request's headers may take to arrive, from the connection's opening or its previous answer. */
  public Duration httpHeaderTimeout() {
    return Duration.ofSeconds(atLeastOne(HTTP_HEADER_TIMEOUT_SECONDS));
  }

  /** How long a request waits on a store before the product answers without it (spooling, or 503). */
  public Duration storeDeadline() {
    return Duration.ofSeconds(atLeastOne(STORE_DEADLINE_SECONDS));
  }

  /** The bound of each family's ingest spool. */
  public long spoolMaxBytes() {
    String value = require(SPOOL_MAX_BYTES);
    try {
      long bytes = Long.parseLong(value);
      if (bytes < 1024 * 1024) {
        throw new IllegalArgumentException("setting " + SPOOL_MAX_BYTES + " must be at least 1048576 (1 MiB), got " + bytes);
      }
      return bytes;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + SPOOL_MAX_BYTES + " must be a number of bytes, got '" + value + "'");
    }
  }

  /** Store writes one family's ingest may have waiting at once; beyond them batches are spooled or refused. */
  public int storeMaxPendingWrites() {
    return atLeastOne(STORE_MAX_PENDING_WRITES);
  }

  /** How long a stopping process lets requests under way finish. */
  public Duration shutdownDrain() {
    return Duration.ofSeconds(atLeastOne(SHUTDOWN_DRAIN_SECONDS));
  }

  private int atLeastOne(String key) {
    int value = integer(key);
    if (value < 1) {
      throw new IllegalArgumentException("setting " + key + " must be at least 1, got " + value);
    }
    return value;
  }

  /** Requests each token may make per second, sustained. */
  public int rateLimitPerSecond() {
    return atLeastOne(RATE_LIMIT_PER_SECOND);
  }

  /** Requests each token may make at once, above the sustained rate. */
  public int rateLimitBurst() {
    return atLeastOne(RATE_LIMIT_BURST);
  }

  /** A desk session ends after this long without a request, and after {@link #sessionMaxAge()} in any case. */
  public Duration sessionIdle() {
    return Duration.ofMinutes(atLeastOne(SESSION_IDLE_MINUTES));
  }

  public Duration sessionMaxAge() {
    return Duration.ofHours(atLeastOne(SESSION_MAX_HOURS));
  }

  /** Failed sign-ins of one account within {@link #signinLock()} that lock it for that long. */
  public int signinFailureLimit() {
    return atLeastOne(SIGNIN_FAILURE_LIMIT);
  }

  /** A week's figure this many times last week's, or this many times smaller, is marked on the desk for checking. */
  public double deskChangeFactor() {
    double factor = Double.parseDouble(require(DESK_CHANGE_FACTOR));
    if (!(factor > 1)) {
      throw new IllegalArgumentException("setting " + DESK_CHANGE_FACTOR + " must be more than 1, got " + factor);
    }
    return factor;
  }

  public Duration signinLock() {
    return Duration.ofMinutes(atLeastOne(SIGNIN_LOCK_MINUTES));
  }

  /** Failed bearer tokens one client address may present within a window before it is refused until the window ends. */
  public int authFailureLimit() {
    return atLeastOne(AUTH_FAILURE_LIMIT);
  }

  public int authFailureWindowSeconds() {
    return atLeastOne(AUTH_FAILURE_WINDOW_SECONDS);
  }

  public Path dataDir() {
    return Path.of(require(DATA_DIR));
  }

  public int bodyLimitBytes() {
    return integer(BODY_LIMIT_BYTES);
  }

  public int pgPoolSize() {
    return integer(PG_POOL_SIZE);
  }

  public ZoneId timezone() {
    return ZoneId.of(require(BULLETIN_TIMEZONE));
  }

  public DayOfWeek bulletinWeekday() {
    return DayOfWeek.valueOf(require(BULLETIN_WEEKDAY).toUpperCase(Locale.ROOT));
  }

  /** When the reminder goes out each week; REMINDER_TIME is "THU 15:00": three letters of a weekday and a 24-hour time. */
  public WeeklyTime reminderTime() {
    String value = require(REMINDER_TIME);
    Matcher m = WEEKLY_TIME.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("setting " + REMINDER_TIME + " must be a weekday and a time such as THU 15:00, got '" + value + "'");
    }
    DayOfWeek day = Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(m.group(1).toUpperCase(Locale.ROOT))).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("setting " + REMINDER_TIME + ": '" + m.group(1) + "' is not MON to SUN"));
    return new WeeklyTime(day, LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), timezone());
  }

  /** Published bulletins readable at /bulletins without a token: they are published documents. */
  public boolean bulletinsPublic() {
    String value = require(BULLETINS_PUBLIC);
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException("setting " + BULLETINS_PUBLIC + " must be true or false, got '" + value + "'");
    }
    return Boolean.parseBoolean(value);
  }

  /**
   * Where readers open the product, for the links a delivery carries: PUBLIC_BASE_URL without a trailing slash, else
   * the gateway's own address, which only a reader on this machine can open.
   */
  public String publicBaseUrl() {
    String base = get(PUBLIC_BASE_URL).orElseGet(() -> "http://" + (httpHost().contains(":") ? "[" + httpHost() + "]" : httpHost())
        + ":" + httpPort());
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The hosts subscriptions may deliver to, lower case; an IPv6 address without brackets. */
  public Set<String> deliveryAllowedHosts() {
    return Arrays.stream(get(DELIVERY_ALLOWED_HOSTS).orElse("").split(",")).map(String::trim).filter(h -> !h.isEmpty())
        .map(h -> h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h)
        .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** The first retry of a failed delivery waits about this long; each later one twice the one before. */
  public Duration deliveryRetryBase() {
    return Duration.ofSeconds(atLeastOne(DELIVERY_RETRY_BASE_SECONDS));
  }

  /** No wait between two attempts of a delivery is longer, unless the receiver's Retry-After asks for it. */
  public Duration deliveryRetryCap() {
    return Duration.ofSeconds(atLeastOne(DELIVERY_RETRY_CAP_SECONDS));
  }

  public boolean usesInflux() {
    return get(INFLUX_URL).isPresent();
  }

  private int integer(String key) {
    String value = require(key);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " must be an integer, got '" + value + "'");
    }
  }

  private void validate() {
    httpPort();
    bodyLimitBytes();
    pgPoolSize();
    bulletinsPublic();
    httpIdleTimeoutSeconds();
    httpHeaderTimeout();
    storeDeadline();
    spoolMaxBytes();
    storeMaxPendingWrites();
    shutdownDrain();
    rateLimitPerSecond();
    rateLimitBurst();
    authFailureLimit();
    authFailureWindowSeconds();
    if (deliveryRetryCap().compareTo(deliveryRetryBase()) < 0) {
      throw new IllegalArgumentException("setting " + DELIVERY_RETRY_CAP_SECONDS + " must be at least " + DELIVERY_RETRY_BASE_SECONDS);
    }
    get(PUBLIC_BASE_URL).ifPresent(url -> {
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw new IllegalArgumentException("setting " + PUBLIC_BASE_URL + " must be an http(s) URL, got '" + url + "'");
      }
    });
    try {
      timezone();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("setting " + BULLETIN_TIMEZONE + " is not a time zone: " + values.get(BULLETIN_TIMEZONE));
    }
    try {
      bulletinWeekday();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("setting " + BULLETIN_WEEKDAY + " must be a weekday such as FRIDAY, got " + values.get(BULLETIN_WEEKDAY));
    }
    reminderTime();
    if (usesInflux()) {
      for (String key : List.of(INFLUX_TOKEN, INFLUX_ORG, INFLUX_BUCKET, INFLUX_DATABASE)) {
        require(key);
      }
    }
  }
}
