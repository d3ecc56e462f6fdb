package com.citydata.bulletin.families.pagequery;

/** One unit's query module: visits summed up to the window's end, and within the window. */
public record ModuleFigures(String unit, String module, long cumulative, long weekly) {
}
