package com.citydata.bulletin.platform;

import com.citydata.bulletin.ranking.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 附件1 (数据归集排名表) and 附件2 (数据推送排名表) of the seed bulletin of 2018-07-20, transcribed as printed.
 * Amounts are in 万条 with one decimal, as in the seed.
 */
final class SeedExchangeTables {
  static final String COLLECT = """
      1	市卫生计生委	27	433	11117.7	401
      2	市交通运输局	49	976	260.5	161.6
      3	市公安局	38	477	15262.5	127.3
      4	市住保房管局	70	1299	2622.3	96.6
      5	杭州公积金中心	13	524	37675	72.4
      6	市国土资源局	95	2217	9705.2	66.5
      7	市人力社保局	79	1311	35215.7	50.5
      8	市市场监管局	67	831	1359.8	19.4
      9	市民卡公司	57	466	57546.5	4.2
      10	市税务局	22	278	1280.3	2
      11	市城管委等其他部门	682	11904	19750.8	2.6
      12	城市数据大脑	41	501	3413294.2	10535.2
      13	电子证照、接口调用等数据	3034	45313	279711.3	21732.4
      合计	59部门	4274	66530	3884801.8	33271.7
      """;

  static final String PUSH = """
      1	信用办	310	4182	72323.3	142.5
      2	市国土资源局	36	570	1986.9	87.6
      3	市住保房管局	60	1461	7133.7	55.6
      4	市跨境电商综试办	95	1151	21510	47.1
      5	市市场监管局	234	3115	23005.6	38
      6	市人社局	34	497	2655	24.2
      7	市公安局	48	847	19065.4	20.7
      8	市发改委	45	769	7077.9	19.3
      9	市民卡公司	22	407	3549	16.2
      10	市民政局	17	207	2417.8	0.9
      11	城市小脑等其他部门	258	4630	56164.9	3.5
      12	城市数据大脑	41	501	3413294.2	10535.2
      合计	37部门	1200	18337	3630183.7	10990.8
      """;

  /** One printed line: the rank column ("1".."13" or "合计"), the name column and the four figures. */
  record Line(String rank, String name, long tables, long fields, long cumulative, long weekly) {
  }

  static List<Line> parse(String table) {
    List<Line> lines = new ArrayList<>();
    for (String text : table.strip().split("\n")) {
      String[] c = text.strip().split("\t");
      lines.add(new Line(c[0], c[1], Long.parseLong(c[2]), Long.parseLong(c[3]), wan(c[4]), wan(c[5])));
    }
    return lines;
  }

  /** 万条 to records. */
  static long wan(String amount) {
    return new BigDecimal(amount).multiply(BigDecimal.valueOf(10_000)).longValueExact();
  }

  private SeedExchangeTables() {
  }
}
