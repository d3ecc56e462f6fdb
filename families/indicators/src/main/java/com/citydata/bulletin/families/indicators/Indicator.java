package com.citydata.bulletin.families.indicators;

import java.util.List;
import java.util.Optional;

/**
 * A named platform figure that section 一 or 五 prints and no table yields; the list is the contract, so a name
 * outside it is refused rather than stored unread.
 */
record Indicator(String name, String label, String unit, boolean whole) {

  static final List<Indicator> ALL = List.of(
      new Indicator("storage_tb", "存储容量（不含非结构化数据）", "TB", false),
      new Indicator("reform_collected_records", "为“最多跑一次”数据共享工作归集数据", "条", true),
      new Indicator("batch_shared_records", "实现数据批量交换共享", "条", true),
      new Indicator("interfaces_published", "已发布接口", "个", true),
      new Indicator("interfaces_provincial", "其中省接口", "个", true),
      new Indicator("interfaces_in_use", "在用接口", "个", true),
      new Indicator("service_interfaces", "服务接口", "个", true),
      new Indicator("pagequery_modules_published", "累计发布页面查询模块", "个", true),
      new Indicator("pagequery_modules_accessible", "可访问模块", "个", true),
      new Indicator("query_accounts", "共享查询用户账号", "个", true),
      new Indicator("query_account_organisations", "开通账号的市级部门、区县部门、乡镇及街道", "个", true),
      new Indicator("requesting_organisations", "请求数据共享的市级部门、区县部门、乡镇及街道", "个", true),
      new Indicator("requesting_accounts", "请求数据共享的用户帐号", "个", true),
      new Indicator("digital_certificates", "电子签章数字证书", "个", true),
      new Indicator("licences_made", "证照和电子批文制作", "本", true),
      new Indicator("licence_departments", "制作证照的部门", "个", true),
      new Indicator("licence_kinds", "制作证照的种类", "类", true),
      new Indicator("licences_shared", "电子证照和电子批文共享", "本", true),
      new Indicator("province_push_tables", "向省大数据中心推送表", "张", true),
      new Indicator("province_push_fields", "向省大数据中心推送字段", "个", true),
      new Indicator("province_push_records", "向省大数据中心推送数据", "条", true),
      new Indicator("dingtalk_registered", "全市政务钉钉注册用户", "人", true),
      new Indicator("dingtalk_activated", "全市政务钉钉激活用户", "人", true),
      new Indicator("dingtalk_weekly_active", "全市政务钉钉本周活跃用户", "人", true));

  static Optional<Indicator> named(String name) {
    return ALL.stream().filter(i -> i.name().equals(name)).findFirst();
  }

  static List<String> names() {
    return ALL.stream().map(Indicator::name).toList();
  }
}
