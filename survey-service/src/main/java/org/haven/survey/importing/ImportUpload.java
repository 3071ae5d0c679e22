package org.haven.survey.importing;

import org.springframework.http.HttpStatus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The body of an import request as it arrives: counted while read, so a file over the limit is refused with 413
 * however it is sent (with or without a Content-Length), and hashed, so the import's record names the file by
 * its SHA-256 without keeping any of it.
 */
public final class ImportUpload extends FilterInputStream {

    private final long declaredLength;
    private final long maxBytes;
    private final MessageDigest sha256;
    private long bytesRead;
    private boolean ended;
    private String hex;

    public ImportUpload(InputStream body, long declaredLength, long maxBytes) {
        super(body);
        this.declaredLength = declaredLength;
        this.maxBytes = maxBytes;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A Content-Length over the limit is refused before a byte is read. */
    void refuseIfDeclaredTooLarge() {
        if (declaredLength > maxBytes) {
            throw tooLarge();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            ended = true;
            return n;
        }
        bytesRead += n;
        if (bytesRead > maxBytes) {
            throw tooLarge();
        }
        sha256.update(buffer, offset, n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /**
     * Reads what is left of a refused file (never more than the limit), so the client gets the refusal rather
     * than a connection closed under its upload, and the record can name the whole file.
     */
    void drainQuietly() {
        try {
            skip(Long.MAX_VALUE);
        } catch (IOException | ImportFileException e) {
            // the refusal already says what is wrong; a client gone or a file over the limit changes nothing
        }
    }

    long bytesRead() {
        return bytesRead;
    }

    /** The file's SHA-256 in hex once it was read to its end; null for a file cut short or over the limit. */
    String sha256() {
        if (hex == null && ended && bytesRead <= maxBytes) {
            hex = HexFormat.of().formatHex(sha256.digest());
        }
        return hex;
    }

    private ImportFileException tooLarge() {
        return new ImportFileException(HttpStatus.PAYLOAD_TOO_LARGE,
                "the file is larger than the import limit of " + maxBytes + " bytes; split it into several files");
    }
}
