package com.citydata.bulletin.spool;

import com.citydata.bulletin.files.DirectoryLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * A durable, bounded first-in-first-out queue of byte records in one directory: what was appended survives a
 * crash of the process or the machine, because {@link #append} returns only after the bytes are on disk.
 *
 * <p>Records are written to numbered segment files as {@code [length][crc32c][payload]}; a small head file
 * remembers how far the queue has been consumed. A consumed segment is deleted, so the directory never holds
 * more than the bound plus one segment. A record torn by a crash during its append fails its checksum and is
 * cut off when the spool is opened: it was never acknowledged. Not thread-safe: the owner confines it to one
 * thread at a time. The directory is locked, so two processes can never share one spool.
 */
public final class Spool implements AutoCloseable {
  private static final String SUFFIX = ".seg";
  private static final String HEAD = "head";
  private static final int HEADER = Integer.BYTES * 2;

  private final Path dir;
  private final long maxBytes;
  private final long segmentBytes;
  private final DirectoryLock lock;
  /** Segment number → its size; the first is being read, the last is being written. */
  private final TreeMap<Long, Long> segments = new TreeMap<>();
  private long headSegment;
  private long headOffset;
  private FileChannel tail;
  private long records;

  private Spool(Path dir, long maxBytes, long segmentBytes, DirectoryLock lock) {
    this.dir = dir;
    this.maxBytes = maxBytes;
    this.segmentBytes = segmentBytes;
    this.lock = lock;
  }

  /** Opens (or creates) the spool in {@code dir}, holding at most {@code maxBytes} of unconsumed records. */
  public static Spool open(Path dir, long maxBytes, long segmentBytes) throws IOException {
    Files.createDirectories(dir);
    DirectoryLock lock = DirectoryLock.acquire(dir, "lock",
        "the spool " + dir + " is in use by another process or service; give each its own DATA_DIR");
    Spool spool = new Spool(dir, maxBytes, segmentBytes, lock);
    try {
      spool.recover();
    } catch (IOException | RuntimeException e) {
      spool.close();
      throw e;
    }
    return spool;
  }

  /**
   * Appends a record and forces it to disk.
   *
   * @return false, writing nothing, when the record would take the spool over its bound
   */
  public boolean append(byte[] payload) throws IOException {
    long size = HEADER + (long) payload.length;
    if (pendingBytes() + size > maxBytes) {
      return false;
    }
    long last = segments.lastKey();
    if (segments.get(last) > 0 && segments.get(last) + size > segmentBytes) {
      startSegment(last + 1);
      last = last + 1;
    }
    CRC32C crc = new CRC32C();
    crc.update(payload);
    ByteBuffer record = ByteBuffer.allocate((int) size).putInt(payload.length).putInt((int) crc.getValue()).put(payload).flip();
    long position = segments.get(last);
    while (record.hasRemaining()) {
      position += tail.write(record, position);
    }
    tail.force(false);
    segments.put(last, position);
    records++;
    return true;
  }

  /** The oldest record not yet removed. */
  public Optional<byte[]> peek() throws IOException {
    return peek(1, Long.MAX_VALUE).stream().findFirst();
  }

  /**
   * Up to {@code max} of the oldest records, oldest first, without removing them; no more than {@code byteBudget}
   * of payload, but always the oldest one.
   */
  public List<byte[]> peek(int max, long byteBudget) throws IOException {
    List<byte[]> head = new ArrayList<>();
    long bytes = 0;
    long number = headSegment;
    long offset = headOffset;
    FileChannel channel = null;
    try {
      while (head.size() < max && head.size() < records) {
        if (offset >= segments.get(number)) {
          number = segments.higherKey(number);
          offset = 0;
          if (channel != null) {
            channel.close();
            channel = null;
          }
          continue;
        }
        if (channel == null) {
          channel = FileChannel.open(segment(number), StandardOpenOption.READ);
        }
        long at = offset;
        long in = number;
        byte[] record = read(channel, offset).orElseThrow(() ->
            new IOException("spool segment " + segment(in) + " is damaged at offset " + at));
        bytes += record.length;
        if (!head.isEmpty() && bytes > byteBudget) {
          break;
        }
        head.add(record);
        offset += HEADER + record.length;
      }
    } finally {
      if (channel != null) {
        channel.close();
      }
    }
    return head;
  }

  /** Removes the oldest record, once whoever took it from {@link #peek} has stored it. */
  public void remove() throws IOException {
    remove(1);
  }

  /** Removes the {@code count} oldest records, moving the head once. */
  public void remove(int count) throws IOException {
    List<byte[]> head = peek(count, Long.MAX_VALUE);
    if (head.size() < count) {
      throw new IllegalStateException("the spool holds " + records + " records, not " + count);
    }
    List<Long> consumed = new ArrayList<>();
    for (byte[] record : head) {
      if (headOffset >= segments.get(headSegment)) {
        consumed.add(headSegment);
        headSegment = segments.higherKey(headSegment);
        headOffset = 0;
      }
      headOffset += HEADER + record.length;
      records--;
    }
    if (records == 0) {
      // Empty: start over in a fresh segment, so files do not grow while the store is healthy.
      long next = segments.lastKey() + 1;
      consumed = new ArrayList<>(segments.keySet());
      startSegment(next);
      headSegment = next;
      headOffset = 0;
    } else if (headOffset >= segments.get(headSegment)) {
      consumed.add(headSegment);
      headSegment = segments.higherKey(headSegment);
      headOffset = 0;
    }
    // The head moves before consumed segments go: a crash between the two leaves files the next start deletes.
    writeHead();
    for (long number : consumed) {
      segments.remove(number);
      Files.deleteIfExists(segment(number));
    }
  }

  public long records() {
    return records;
  }

  /** Bytes appended and not yet removed, as counted against the bound. */
  public long pendingBytes() {
    long total = 0;
    for (var entry : segments.entrySet()) {
      total += entry.getKey() == headSegment ? entry.getValue() - headOffset : entry.getValue();
    }
    return total;
  }

  public Path directory() {
    return dir;
  }

  @Override
  public void close() throws IOException {
    try {
      if (tail != null) {
        tail.close();
      }
    } finally {
      lock.close();
    }
  }

  private void recover() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
          segments.put(Long.parseLong(name.substring(0, name.length() - SUFFIX.length())), Files.size(file));
        }
      }
    }
    Path headFile = dir.resolve(HEAD);
    if (Files.exists(headFile)) {
      String[] parts = Files.readString(headFile).trim().split(" ");
      headSegment = Long.parseLong(parts[0]);
      headOffset = Long.parseLong(parts[1]);
    } else {
      headSegment = segments.isEmpty() ? 1 : segments.firstKey();
      headOffset = 0;
    }
    if (!segments.isEmpty() && !segments.containsKey(headSegment)) {
      // The head segment was consumed and deleted just before a crash: the next one is where reading resumes.
      Long next = segments.ceilingKey(headSegment);
      headSegment = next != null ? next : segments.lastKey() + 1;
      headOffset = 0;
    }
    segments.headMap(headSegment).keySet().stream().toList().forEach(number -> {
      segments.remove(number);
      try {
        Files.deleteIfExists(segment(number));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    if (segments.isEmpty()) {
      headSegment = Math.max(headSegment, 1);
      headOffset = 0;
      startSegment(headSegment);
      writeHead();
      return;
    }
    for (long number : segments.keySet()) {
      countRecords(number, number == headSegment ? headOffset : 0);
    }
    tail = FileChannel.open(segment(segments.lastKey()), StandardOpenOption.WRITE, StandardOpenOption.READ);
  }

  /** Counts the whole records of a segment and cuts off a torn last one. */
  private void countRecords(long number, long from) throws IOException {
    try (FileChannel channel = FileChannel.open(segment(number), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long position = from;
      Optional<byte[]> record;
      while ((record = read(channel, position)).isPresent()) {
        position += HEADER + record.get().length;
        records++;
      }
      if (position < channel.size()) {
        channel.truncate(position);
        channel.force(true);
      }
      segments.put(number, position);
    }
  }

  private static Optional<byte[]> read(FileChannel channel, long position) throws IOException {
    ByteBuffer header = ByteBuffer.allocate(HEADER);
    if (!readFully(channel, header, position)) {
      return Optional.empty();
    }
    int length = header.getInt(0);
    if (length < 0 || position + HEADER + length > channel.size()) {
      return Optional.empty();
    }
    ByteBuffer payload = ByteBuffer.allocate(length);
    if (!readFully(channel, payload, position + HEADER)) {
      return Optional.empty();
    }
    CRC32C crc = new CRC32C();
    crc.update(payload.array());
    return (int) crc.getValue() == header.getInt(Integer.BYTES) ? Optional.of(payload.array()) : Optional.empty();
  }

  private static boolean readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position + buffer.position());
      if (read < 0) {
        return false;
      }
    }
    return true;
  }

  private void startSegment(long number) throws IOException {
    if (tail != null) {
      tail.close();
    }
    tail = FileChannel.open(segment(number), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    segments.put(number, tail.size());
    forceDirectory();
  }

  /** The head moves by writing a new file and renaming it over the old, so a crash leaves one or the other. */
  private void writeHead() throws IOException {
    Path next = dir.resolve(HEAD + ".next");
    try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      channel.write(ByteBuffer.wrap((headSegment + " " + headOffset + "\n").getBytes()));
      channel.force(true);
    }
    Files.move(next, dir.resolve(HEAD), StandardCopyOption.ATOMIC_MOVE);
    forceDirectory();
  }

  private void forceDirectory() throws IOException {
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    }
  }

  private Path segment(long number) {
    return dir.resolve(String.format("%020d%s", number, SUFFIX));
  }
}
