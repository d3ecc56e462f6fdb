package com.citydata.bulletin.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a directory, held through a file in it. The operating system drops it when the process
 * ends, however it ends, so a lock found held always belongs to a live process.
 */
public final class DirectoryLock implements AutoCloseable {
  private final FileChannel channel;

  private DirectoryLock(FileChannel channel) {
    this.channel = channel;
  }

  /** Takes the lock, or fails at once with {@code inUse} as the message when someone holds it. */
  public static DirectoryLock acquire(Path dir, String file, String inUse) throws IOException {
    FileChannel channel = FileChannel.open(dir.resolve(file), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(inUse);
    }
    return new DirectoryLock(channel);
  }

  /** Closing the channel releases the lock. */
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
