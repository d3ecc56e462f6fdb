package com.citydata.bulletin.platform;

import com.citydata.bulletin.config.AppConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Services as one Vert.x cluster through Hazelcast: TCP-IP join on the configured members only, no multicast, no
 * cloud or auto discovery, no phone-home. The event bus listens on the cluster host, so on one machine everything
 * stays on 127.0.0.1.
 */
public final class Clustering {
  /** A lost member is dropped within seconds, so requests stop going to a process that died. */
  static final int HEARTBEAT_TIMEOUT_SECONDS = 6;
  private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

  private Clustering() {
  }

  public static Future<Vertx> start(AppConfig config) {
    String host = config.require(AppConfig.CLUSTER_HOST);
    HazelcastClusterManager manager = new HazelcastClusterManager(hazelcast(config));
    return Vertx.builder()
        .with(new VertxOptions().setEventBusOptions(new EventBusOptions().setHost(host).setClusterPublicHost(host).setPort(0)))
        .withClusterManager(manager)
        .buildClustered();
  }

  static Config hazelcast(AppConfig config) {
    Config hazelcast = ConfigUtil.loadConfig();
    hazelcast.setClusterName("bulletin");
    hazelcast.setProperty("hazelcast.phone.home.enabled", "false");
    hazelcast.setProperty("hazelcast.logging.type", "slf4j");
    // The product's own shutdown hook leaves the cluster after the services drained; Hazelcast's would race it.
    hazelcast.setProperty("hazelcast.shutdownhook.enabled", "false");
    hazelcast.setProperty("hazelcast.max.no.heartbeat.seconds", String.valueOf(HEARTBEAT_TIMEOUT_SECONDS));
    hazelcast.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    hazelcast.setProperty("hazelcast.merge.first.run.delay.seconds", "5");
    String host = config.require(AppConfig.CLUSTER_HOST);
    NetworkConfig network = hazelcast.getNetworkConfig();
    network.setPort(Integer.parseInt(config.require(AppConfig.CLUSTER_PORT))).setPortAutoIncrement(true);
    network.setPublicAddress(host);
    if (IPV4.matcher(host).matches()) {
      // Bind Hazelcast to that address only (127.0.0.1 on one machine); a host name (a compose service) resolves
      // to its container's address and needs no interface filter.
      network.getInterfaces().setEnabled(true).setInterfaces(List.of(host));
      hazelcast.setProperty("hazelcast.socket.bind.any", "false");
    }
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).setMembers(members(config));
    return hazelcast;
  }

  private static List<String> members(AppConfig config) {
    return config.get(AppConfig.CLUSTER_MEMBERS)
        .map(list -> Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of(config.require(AppConfig.CLUSTER_HOST)));
  }
}
