package com.citydata.bulletin.platform;

import com.citydata.bulletin.bulletin.BulletinVerticle;
import com.citydata.bulletin.bulletin.NotesVerticle;
import com.citydata.bulletin.bulletin.PublishingVerticle;
import com.citydata.bulletin.delivery.DeliveryLogVerticle;
import com.citydata.bulletin.delivery.DeliveryVerticle;
import com.citydata.bulletin.delivery.ReminderVerticle;
import com.citydata.bulletin.delivery.SubscriptionVerticle;
import com.citydata.bulletin.family.Family;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.gateway.GatewayVerticle;
import com.citydata.bulletin.ingest.service.IngestVerticle;
import com.citydata.bulletin.ranking.reporting.ReportingVerticle;
import com.citydata.bulletin.ranking.service.QueryVerticle;
import com.citydata.bulletin.ranking.service.RankingVerticle;
import io.vertx.core.Deployable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A service a process can run, by the name operators use on the command line: gateway, ranking, bulletin, and
 * ingest — every registered family's ingest verticle — or {@code ingest-<family>} for one family's alone.
 */
public record Service(String cliName, Supplier<List<Deployable>> verticles) {
  private static final String INGEST = "ingest";

  /** The services of a whole deployment, one container each in docker-compose. */
  public static Service[] values() {
    return new Service[] {
        new Service("gateway", () -> List.of(new GatewayVerticle())),
        new Service(INGEST, () -> FamilyRegistry.installed().families().stream().map(Service::ingest).toList()),
        new Service("ranking", () -> Stream.concat(Stream.of(new RankingVerticle(), new ReportingVerticle()),
            FamilyRegistry.installed().queries().stream().map(QueryVerticle::new)).map(Deployable.class::cast).toList()),
        new Service("bulletin", () -> List.of(new BulletinVerticle(), new PublishingVerticle(), new NotesVerticle(),
            new SubscriptionVerticle(), new DeliveryLogVerticle(), new DeliveryVerticle(), new ReminderVerticle()))};
  }

  /** Every service and each family's ingest on its own, as the command line accepts them. */
  public static List<Service> all() {
    List<Service> all = new ArrayList<>(List.of(values()));
    for (Family family : FamilyRegistry.installed().families()) {
      all.add(new Service(INGEST + "-" + family.name(), () -> List.of(ingest(family))));
    }
    return all;
  }

  private static Deployable ingest(Family family) {
    return new IngestVerticle(family);
  }

  List<Deployable> newVerticles() {
    return verticles.get();
  }

  /** "ingest-exchange" → the exchange family's ingest. */
  public static Service named(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    return all().stream().filter(s -> s.cliName().equals(key)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown service '" + name + "'; one of " + String.join(", ", all().stream().map(Service::cliName).toList())));
  }
}
