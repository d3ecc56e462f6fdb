package com.citydata.bulletin.platform;

import com.citydata.bulletin.bulletin.BulletinVerticle;
import com.citydata.bulletin.dingtalk.DingtalkIngestVerticle;
import com.citydata.bulletin.exchange.ExchangeIngestVerticle;
import com.citydata.bulletin.gateway.GatewayVerticle;
import com.citydata.bulletin.interfacecalls.InterfaceIngestVerticle;
import com.citydata.bulletin.pagequery.PageQueryIngestVerticle;
import com.citydata.bulletin.ranking.service.RankingVerticle;
import io.vertx.core.Deployable;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The services a process can run, by the names operators use on the command line. */
public enum Service {
  GATEWAY(GatewayVerticle::new),
  INGEST_EXCHANGE(ExchangeIngestVerticle::new),
  INGEST_INTERFACE(InterfaceIngestVerticle::new),
  INGEST_PAGEQUERY(PageQueryIngestVerticle::new),
  INGEST_DINGTALK(DingtalkIngestVerticle::new),
  RANKING(RankingVerticle::new),
  BULLETIN(BulletinVerticle::new);

  private final Supplier<Deployable> verticle;

  Service(Supplier<Deployable> verticle) {
    this.verticle = verticle;
  }

  Deployable newVerticle() {
    return verticle.get();
  }

  /** "ingest-exchange" → INGEST_EXCHANGE. */
  public static Service named(String name) {
    String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values()).filter(s -> s.name().equals(key)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown service '" + name + "'; one of " + String.join(", ", Arrays.stream(values()).map(Service::cliName).toList())));
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
