package com.citydata.bulletin.family;

import com.citydata.bulletin.domain.Catalog;
import com.citydata.bulletin.domain.WeekCalendar;
import com.citydata.bulletin.records.RecordStore;
import com.citydata.bulletin.series.TimeSeriesReader;

/** The stores and settings a family's read may use. */
public record QueryContext(Catalog catalog, WeekCalendar calendar, TimeSeriesReader series, RecordStore records) {
}
