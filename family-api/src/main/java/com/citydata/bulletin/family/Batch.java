package com.citydata.bulletin.family;

import com.citydata.bulletin.records.StoredRecord;
import com.citydata.bulletin.series.LineBatch;
import java.time.LocalDate;
import java.util.List;

/** What one accepted request stores: time-series points or PostgreSQL records, all or none. */
public sealed interface Batch permits Batch.Series, Batch.Records {

  int size();

  record Series(LineBatch lines) implements Batch {
    @Override
    public int size() {
      return lines.points();
    }
  }

  /** Records kept in PostgreSQL; every record earlier stored for one of {@code replacedDays} is removed first. */
  record Records(List<StoredRecord> records, List<LocalDate> replacedDays) implements Batch {
    public Records {
      records = List.copyOf(records);
      replacedDays = List.copyOf(replacedDays);
    }

    /** Records that replace only those with the same day and key. */
    public Records(List<StoredRecord> records) {
      this(records, List.of());
    }

    @Override
    public int size() {
      return records.size();
    }
  }
}
