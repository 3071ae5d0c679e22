package org.haven.analytics.fold;

import org.haven.events.json.EventCodec;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * An append-only file of the events that changed the fold, so a run killed mid-replay resumes from its last
 * committed chunk without re-reading the topic: the step's context keeps the journal length of each commit,
 * a restart cuts the file back to it and folds the entries again. Only the study's own events are kept.
 */
public class FoldJournal implements AutoCloseable {

    private final Path file;
    private FileChannel channel;
    private DataOutputStream out;
    private long length;

    public FoldJournal(Path file) {
        this.file = file;
    }

    /**
     * Opens for appending after the first {@code committedLength} bytes; anything later is discarded. A new
     * journal is created only with its first entry, so a run that finds none of its study's events leaves no
     * folder behind.
     */
    public void open(long committedLength) {
        length = committedLength;
        if (committedLength > 0) {
            openFile();
        }
    }

    private void openFile() {
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            channel.truncate(length);
            channel.position(length);
            out = new DataOutputStream(new BufferedOutputStream(new CountingChannelStream(), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the fold journal " + file, e);
        }
    }

    public void append(DecodedEvent event) {
        if (out == null) {
            openFile();
        }
        try {
            writeText(event.type());
            writeText(event.revision());
            out.writeLong(event.eventTime() == null ? Long.MIN_VALUE : event.eventTime().getEpochSecond());
            out.writeInt(event.eventTime() == null ? 0 : event.eventTime().getNano());
            out.writeInt(event.json().length);
            out.write(event.json());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fold journal " + file, e);
        }
    }

    /** Makes everything appended so far durable and returns the journal's length, to be saved with the chunk. */
    public long commit() {
        if (out == null) {
            return length;
        }
        try {
            out.flush();
            channel.force(false);
            return length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fold journal " + file, e);
        }
    }

    /** Feeds the first {@code committedLength} bytes' entries back, in order. */
    public static void replay(Path file, long committedLength, EventCodec codec, Consumer<DecodedEvent> fold) {
        if (committedLength == 0 || !Files.exists(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            long read = 0;
            while (read < committedLength) {
                String type = in.readUTF();
                String revision = in.readUTF();
                long seconds = in.readLong();
                int nanos = in.readInt();
                byte[] json = in.readNBytes(in.readInt());
                read += 2 + type.getBytes(StandardCharsets.UTF_8).length + 2
                        + revision.getBytes(StandardCharsets.UTF_8).length + 8 + 4 + 4 + json.length;
                Instant time = seconds == Long.MIN_VALUE ? null : Instant.ofEpochSecond(seconds, nanos);
                fold.accept(new DecodedEvent(codec.read(type, revision, json), time, type, revision, json));
            }
        } catch (EOFException e) {
            throw new IllegalStateException("the fold journal " + file + " is shorter than its last commit", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fold journal " + file, e);
        }
    }

    public void delete() {
        close();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
                out = null;
                channel = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeText(String text) throws IOException {
        out.writeUTF(text == null ? "" : text);
    }

    /** Writes through to the channel and counts the bytes, so the committed length is exact. */
    private final class CountingChannelStream extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int count) throws IOException {
            var buffer = java.nio.ByteBuffer.wrap(bytes, offset, count);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            length += count;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
