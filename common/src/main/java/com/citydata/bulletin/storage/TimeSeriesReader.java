package com.citydata.bulletin.storage;

import com.citydata.bulletin.exchange.Direction;
import com.citydata.bulletin.dingtalk.DingtalkDay;
import com.citydata.bulletin.exchange.ExchangeFigures;
import com.citydata.bulletin.interfacecalls.SystemFigures;
import com.citydata.bulletin.pagequery.ModuleFigures;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * The reads rankings need, one method per family query, with one adapter per store (InfluxQL, QuestDB SQL).
 * Both adapters pass the same contract test suite.
 */
public interface TimeSeriesReader {

  /** Every unit with a report in this direction before {@code end}, with its figures for [start, end). */
  Future<List<ExchangeFigures>> exchangeFigures(Direction direction, Instant start, Instant end);

  /** Every business system with calls before {@code end}, with its figures for [start, end). */
  Future<List<SystemFigures>> interfaceFigures(Instant start, Instant end);

  /** Every unit's query module with visits before {@code end}, with its figures for [start, end). */
  Future<List<ModuleFigures>> pageQueryFigures(Instant start, Instant end);

  /** Every unit's daily DingTalk figures in [start, end). */
  Future<List<DingtalkDay>> dingtalkDays(Instant start, Instant end);

  Future<Void> close();
}
