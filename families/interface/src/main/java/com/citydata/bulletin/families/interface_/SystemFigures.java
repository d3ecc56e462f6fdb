package com.citydata.bulletin.families.interface_;

/** One business system's calls: summed up to the window's end, and within the window. */
public record SystemFigures(String unit, String system, long cumulative, long weekly) {
}
