package com.citydata.bulletin.family;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.WeekWindow;
import com.citydata.bulletin.records.RecordStore;
import com.citydata.bulletin.series.TimeSeriesReader;

/**
 * What a ranking table is computed from: the window, the catalog, the stores, and whether to compare with last
 * week (a trend wants the totals alone, and then last week is not read at all).
 */
public record RankingRequest(WeekWindow window, Catalog catalog, TimeSeriesReader series, RecordStore records, boolean changes) {
}
