package com.citydata.bulletin.family;

import com.citydata.bulletin.records.StoredRecord;
import com.citydata.bulletin.storage.SeriesPoint;
import java.util.List;

/** What one accepted request stores: time-series points or PostgreSQL records, all or none. */
public sealed interface Batch permits Batch.Series, Batch.Records {

  int size();

  record Series(List<SeriesPoint> points) implements Batch {
    public Series {
      points = List.copyOf(points);
    }

    @Override
    public int size() {
      return points.size();
    }
  }

  record Records(List<StoredRecord> records) implements Batch {
    public Records {
      records = List.copyOf(records);
    }

    @Override
    public int size() {
      return records.size();
    }
  }
}
