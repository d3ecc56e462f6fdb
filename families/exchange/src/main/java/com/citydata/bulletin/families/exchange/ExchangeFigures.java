package com.citydata.bulletin.families.exchange;

/**
 * One unit's figures for a window: records summed up to the window's end and within it, and the last table and
 * field counts reported at or before its end.
 */
public record ExchangeFigures(String unit, long cumulative, long weekly, long tables, long fields) {
}
