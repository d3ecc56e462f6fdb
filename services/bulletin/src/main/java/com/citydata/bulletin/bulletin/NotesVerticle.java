package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.bus.Addresses;
import com.citydata.bulletin.bus.Messages.Notes;
import com.citydata.bulletin.bus.Messages;
import com.citydata.bulletin.bus.ServiceReplies;
import com.citydata.bulletin.config.AppConfig;
import com.citydata.bulletin.db.PgDatabase;
import com.citydata.bulletin.domain.ServiceFailure;
import com.citydata.bulletin.family.FamilyRegistry;
import com.citydata.bulletin.report.Outline;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.List;

/** The editors' notes of a section of a day's bulletin: put, read (its own or carried), delete. */
public final class NotesVerticle extends VerticleBase {
  private final Outline outline = FamilyRegistry.installed().outline();
  private Pool pool;
  private BulletinNotes notes;

  @Override
  public Future<?> start() {
    pool = PgDatabase.pool(vertx, AppConfig.fromJson(config()));
    notes = new BulletinNotes(pool);
    return Future.all(List.of(
        vertx.eventBus().<Notes>consumer(Addresses.NOTES_PUT, this::put).completion(),
        vertx.eventBus().<Notes>consumer(Addresses.NOTES_GET, this::get).completion(),
        vertx.eventBus().<Notes>consumer(Addresses.NOTES_DELETE, this::delete).completion()));
  }

  private void put(Message<Notes> message) {
    Future.succeededFuture(message.body())
        .compose(r -> notes.put(SectionNotes.fromJson(LiveBulletin.date(r.date()), section(r.section()), r.notes()), Messages.actor(r.actor())))
        .map(stored -> stored.toJson(message.body().section()))
        .onSuccess(message::reply).onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  private void get(Message<Notes> message) {
    Notes request = message.body();
    Future.succeededFuture(request)
        .compose(r -> notes.effective(LiveBulletin.date(r.date()), section(r.section())))
        .map(found -> found.orElseThrow(() -> ServiceFailure.notFound("no notes apply to section " + request.section()
            + " of the bulletin of " + request.date())).toJson(request.section()))
        .onSuccess(message::reply).onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  private void delete(Message<Notes> message) {
    Notes request = message.body();
    Future.succeededFuture(request)
        .compose(r -> notes.delete(LiveBulletin.date(r.date()), section(r.section()), Messages.actor(r.actor())))
        .map(deleted -> {
          if (!deleted) {
            throw ServiceFailure.notFound("no notes were set for section " + request.section() + " on " + request.date());
          }
          return new JsonObject();
        })
        .onSuccess(message::reply).onFailure(failure -> ServiceReplies.reply(message, failure));
  }

  /** 一 → 1 … 五 → 5, the section's place in the families' outline. */
  private int section(String numeral) {
    return Narrative.order(outline, numeral).orElseThrow(() -> ServiceFailure.badRequest("section '" + numeral
        + "' is not one of " + String.join(", ", outline.sections().stream().map(s -> Narrative.numeral(s.order())).toList())));
  }

  @Override
  public Future<?> stop() {
    return pool.close();
  }
}
