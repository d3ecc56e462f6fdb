package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.Unit;
import com.citydata.bulletin.domain.UnitKind;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.families.dingtalk.DingtalkDay;
import com.citydata.bulletin.families.dingtalk.DingtalkRanking;
import com.citydata.bulletin.families.exchange.ExchangeFigures;
import com.citydata.bulletin.families.exchange.ExchangeRanking;
import com.citydata.bulletin.families.interface_.InterfaceRanking;
import com.citydata.bulletin.families.interface_.SystemFigures;
import com.citydata.bulletin.families.pagequery.ModuleFigures;
import com.citydata.bulletin.families.pagequery.PageQueryRanking;
import com.citydata.bulletin.family.FamilyRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** A small bulletin built through the real ranking rules, for rendering tests. */
final class SampleBulletin {
  static final WeekWindow WEEK = new WeekWindow(LocalDate.of(2018, 7, 20), ZoneId.of("Asia/Shanghai"));
  static final BulletinSettings SETTINGS = new BulletinSettings(BulletinSettings.DEFAULT_TITLE, "每周通报",
      BulletinSettings.DEFAULT_ISSUER, BulletinSettings.DEFAULT_SIGNATURE, "", "市政府办公厅", java.time.LocalTime.of(9, 0));

  private SampleBulletin() {
  }

  static Map<String, JsonObject> tables() {
    Catalog catalog = new Catalog(List.of(
        new Unit("市卫生计生委", UnitKind.DEPARTMENT, List.of()),
        new Unit("市公安局", UnitKind.DEPARTMENT, List.of()),
        new Unit("城市数据大脑", UnitKind.SPECIAL, List.of()),
        new Unit("江干区", UnitKind.DISTRICT, List.of())));
    List<ExchangeFigures> collect = List.of(
        new ExchangeFigures("市卫生计生委", 111_177_000, 4_010_000, 27, 433),
        new ExchangeFigures("市公安局", 152_625_000, 1_273_000, 38, 477),
        new ExchangeFigures("城市数据大脑", 34_132_942_000L, 105_352_000, 41, 501));
    List<ExchangeFigures> collectBefore = List.of(new ExchangeFigures("市公安局", 151_352_000, 1_000_000, 38, 470));
    List<SystemFigures> calls = List.of(new SystemFigures("市民卡公司", "惠民征信系统", 28_584_000, 1_089_000),
        new SystemFigures("江干区", "江干区数据共享平台", 527_000, 498_000));
    List<ModuleFigures> visits = List.of(new ModuleFigures("市公安局", "户籍信息查询", 226_648, 7_087));
    List<DingtalkDay> days = new ArrayList<>();
    days.add(new DingtalkDay("市公安局", WEEK.end().minusSeconds(86_400), 3670, 3566, 1877, OptionalLong.of(2900)));
    days.add(new DingtalkDay("江干区", WEEK.end().minusSeconds(86_400), 6194, 6182, 1548, OptionalLong.of(3000)));
    return Map.of(
        "exchange-collect", ExchangeRanking.table("exchange-collect", WEEK, catalog, collect, ExchangeRanking.previous(catalog, collectBefore)),
        "exchange-push", ExchangeRanking.table("exchange-push", WEEK, catalog, List.of()),
        "interface-calls", InterfaceRanking.table("interface-calls", WEEK, calls),
        "pagequery-visits", PageQueryRanking.table("pagequery-visits", WEEK, visits),
        "dingtalk-city", DingtalkRanking.table("dingtalk-city", WEEK, days.subList(0, 1)),
        "dingtalk-district", DingtalkRanking.table("dingtalk-district", WEEK, days.subList(1, 2)));
  }

  static JsonObject trend() {
    JsonArray weeks = new JsonArray().add("2018-06-29").add("2018-07-06").add("2018-07-13").add("2018-07-20");
    return new JsonObject().put("weeks", weeks).put("series", new JsonObject()
        .put("exchange-collect", new JsonObject()
            .put("cumulative", new JsonArray().add(37_000_000_000L).add(37_800_000_000L).add(38_500_000_000L).add(38_848_018_000L))
            .put("weekly", new JsonArray().add(300_000_000L).add(310_000_000L).add(290_000_000L).add(332_717_000L)))
        .put("exchange-push", new JsonObject().put("weekly", new JsonArray().add(100_000_000L).addNull().add(120_000_000L).add(109_908_000L)))
        .put("interface-calls", new JsonObject().put("weekly", new JsonArray().add(3_000_000L).add(3_100_000L).add(2_900_000L).add(3_202_000L)))
        .put("pagequery-visits", new JsonObject().put("weekly", new JsonArray().add(20_000L).add(21_000L).add(19_000L).add(22_032L)))
        .put("dingtalk-city", new JsonObject().put("daily_active_rate", new JsonArray().add(0.23).add(0.24).add(0.25).add(0.254)))
        .put("dingtalk-district", new JsonObject().put("daily_active_rate", new JsonArray().add(0.38).add(0.40).add(0.39).add(0.40))));
  }

  static JsonObject bulletin() {
    return BulletinComposer.compose(SETTINGS, WEEK, FamilyRegistry.installed(), tables(), trend(), Map.of());
  }
}
