package com.citydata.bulletin.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A secret the product generates once and keeps in a file only its owner can read: the admin token, the
 * embedded stores' passwords. The file is created with those permissions, so there is no moment it is readable.
 */
public record KeptSecret(String value, boolean generated) {

  public static KeptSecret readOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      return new KeptSecret(Files.readString(file, StandardCharsets.UTF_8).trim(), false);
    }
    String value = Tokens.generate();
    Files.createDirectories(file.toAbsolutePath().getParent());
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
    return new KeptSecret(value, true);
  }
}
