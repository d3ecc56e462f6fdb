package com.citydata.bulletin.report;

/**
 * Paragraphs of a section printed under one heading (the seed's "(二) 共享情况"), declared by one family; a
 * paragraph joins it by its id, and is then numbered within it ("1、数据推送情况").
 */
public record Group(String id, String section, String heading) {
}
