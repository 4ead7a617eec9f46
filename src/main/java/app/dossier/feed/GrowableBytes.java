package app.dossier.feed;

import java.util.Arrays;

/** A byte buffer that refuses to grow past a limit. Not thread-safe: one owner at a time. */
final class GrowableBytes {

    private final long limit;
    private byte[] bytes = new byte[16 * 1024];
    private int size;

    GrowableBytes(long limit) {
        this.limit = limit;
    }

    void write(byte[] b, int off, int len) throws BodyTooLargeException {
        if ((long) size + len > limit) {
            throw new BodyTooLargeException(limit);
        }
        ensure(size + len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    void write(java.nio.ByteBuffer buffer) throws BodyTooLargeException {
        int len = buffer.remaining();
        if ((long) size + len > limit) {
            throw new BodyTooLargeException(limit);
        }
        ensure(size + len);
        buffer.get(bytes, size, len);
        size += len;
    }

    int size() {
        return size;
    }

    /** The backing array; only the first {@link #size()} bytes are content. */
    byte[] array() {
        return bytes;
    }

    byte[] toByteArray() {
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    private void ensure(int capacity) {
        if (capacity > bytes.length) {
            long grown = Math.max(capacity, Math.min((long) bytes.length * 2, Integer.MAX_VALUE - 8));
            bytes = Arrays.copyOf(bytes, (int) grown);
        }
    }
}
