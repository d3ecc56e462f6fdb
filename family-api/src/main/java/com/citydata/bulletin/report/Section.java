package com.citydata.bulletin.report;

/**
 * A numbered section (一、二 …) of the bulletin, declared by the one family that opens it; others print into it by
 * its id. {@code order} places it and addresses its editorial notes (1 for 一); its number in print follows from
 * what is printed. The seed's sections are 1 to 5.
 */
public record Section(String id, int order, String title) {
}
