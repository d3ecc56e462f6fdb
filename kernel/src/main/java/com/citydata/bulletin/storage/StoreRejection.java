package com.citydata.bulletin.storage;

/**
 * The store answered and refused the points themselves (HTTP 400, 413, 422): sending them again cannot help, unlike
 * a store that is down or slow. Input rules are meant to keep this from ever happening.
 */
public final class StoreRejection extends RuntimeException {
  public StoreRejection(String message, Throwable cause) {
    super(message, cause);
  }
}
