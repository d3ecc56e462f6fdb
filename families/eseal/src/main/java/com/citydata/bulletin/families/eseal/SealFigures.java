package com.citydata.bulletin.families.eseal;

/** One seal of a region: stamps up to the window's end and within it; a seal reported with 0 stamps counts as made. */
record SealFigures(String region, String seal, long stamps, long weekly) {
}
