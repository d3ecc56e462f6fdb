package com.citydata.bulletin.families.elicence;

/** One licence catalogue entry of a unit: stored up to the window's end and within it, uses, and its latest name and status. */
record EntryFigures(String unit, String code, String name, String status, long stored, long weekly, long uses) {
}
