package org.haven.survey.reliability;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A CSV file generated while it is sent: a header, then row {@code i} from a function, as many rows as fit in
 * {@code maxBytes}. The test JVM never holds more than one row of it.
 */
final class GeneratedCsv extends InputStream {

    private final byte[] header;
    private final LongFunction<String> rows;
    private final long rowCount;
    private final long length;
    private byte[] current;
    private int at;
    private long next = -1;

    private GeneratedCsv(String header, LongFunction<String> rows, long rowCount, long length) {
        this.header = header.getBytes(StandardCharsets.UTF_8);
        this.rows = rows;
        this.rowCount = rowCount;
        this.length = length;
        this.current = this.header;
    }

    /** Header and rows up to {@code maxBytes}; rows must be ASCII (their length is counted in chars). */
    static GeneratedCsv upTo(long maxBytes, String header, LongFunction<String> rows) {
        long length = header.length();
        long count = 0;
        while (length + rows.apply(count).length() <= maxBytes) {
            length += rows.apply(count).length();
            count++;
        }
        return new GeneratedCsv(header, rows, count, length);
    }

    /** A fresh stream of the same file. */
    GeneratedCsv again() {
        return new GeneratedCsv(new String(header, StandardCharsets.UTF_8), rows, rowCount, length);
    }

    long rowCount() {
        return rowCount;
    }

    long length() {
        return length;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int max) {
        int written = 0;
        while (written < max) {
            if (at == current.length) {
                if (next + 1 >= rowCount) {
                    break;
                }
                next++;
                current = rows.apply(next).getBytes(StandardCharsets.US_ASCII);
                at = 0;
            }
            int n = Math.min(max - written, current.length - at);
            System.arraycopy(current, at, buffer, offset + written, n);
            at += n;
            written += n;
        }
        return written == 0 && max > 0 ? -1 : written;
    }
}
