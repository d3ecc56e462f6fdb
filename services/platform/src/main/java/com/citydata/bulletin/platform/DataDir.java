package com.citydata.bulletin.platform;

import com.citydata.bulletin.files.DirectoryLock;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data directory holds the admin token and the embedded stores' files, so only its owner may enter it. An
 * existing directory is narrowed too, so one created by an older release is not left open.
 */
final class DataDir {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  private DataDir() {
  }

  static Path prepare(Path dir) throws IOException {
    Files.createDirectories(dir);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(dir, OWNER_ONLY);
    }
    return dir;
  }

  /** Locks the directory for this process; the lock goes with the process, however it ends. */
  static AutoCloseable lock(Path dir) throws IOException {
    return DirectoryLock.acquire(dir, ".lock", "the data directory " + dir.toAbsolutePath()
        + " is in use by another running product; stop it or give this one another DATA_DIR");
  }
}
