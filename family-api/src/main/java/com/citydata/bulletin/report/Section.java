package com.citydata.bulletin.report;

/** A numbered section (一、二 …) of the bulletin; {@code order} places it, its number follows from what is printed. */
public record Section(String id, int order, String title) {
}
