package com.citydata.bulletin.bulletin;

import com.citydata.bulletin.config.AppConfig;
import java.time.LocalTime;

/**
 * The bulletin's fixed texts and schedule, from configuration: the title, the issuing body, the closing block's
 * short name (the seed signs 市数据资源局) and the 报/抄送 lines of the imprint, printed when set.
 */
public record BulletinSettings(String title, String subtitle, String issuer, String signature, String reportTo, String copyTo,
    LocalTime draftTime) {
  public static final String DEFAULT_TITLE = "围绕“最多跑一次”改革 杭州市数据资源归集共享情况";
  public static final String DEFAULT_ISSUER = "杭州市数据资源管理局";
  public static final String DEFAULT_SIGNATURE = "市数据资源局";

  public static BulletinSettings from(AppConfig config) {
    return new BulletinSettings(
        config.get(AppConfig.BULLETIN_TITLE).orElse(DEFAULT_TITLE),
        "每周通报",
        config.get(AppConfig.BULLETIN_ISSUER).orElse(DEFAULT_ISSUER),
        config.get(AppConfig.BULLETIN_SIGNATURE).orElse(DEFAULT_SIGNATURE),
        config.get(AppConfig.BULLETIN_REPORT_TO).orElse(""),
        config.get(AppConfig.BULLETIN_COPY_TO).orElse(""),
        LocalTime.parse(config.get(AppConfig.BULLETIN_DRAFT_TIME).orElse("09:00")));
  }
}
