package com.citydata.bulletin.report;

/**
 * A paragraph of a section, by the section's id. With a {@code group} (the id of a {@link Group}) the group's heading
 * is printed once before its first paragraph and the heading is numbered within it ("1、数据推送情况"); without, the
 * heading is printed as is.
 * {@code chart}, when not null, is the id of the chart printed after it.
 */
public record Paragraph(String id, String section, int order, String group, String heading, String chart) {
}
