package app.dossier.feed;

import java.util.Arrays;

/** A byte buffer that refuses to grow past a limit. Not thread-safe: one owner at a time. */
final class GrowableBytes {

    private static final int DEFAULT_CAPACITY = 16 * 1024;
    /**
     * The largest first allocation a size hint can ask for; beyond it the buffer grows as content
     * arrives. A hint is what a server claims, so it must not let sixteen connections that each
     * claim the limit and send a few bytes hold hundreds of megabytes.
     */
    static final int MAX_HINT = 4 << 20;

    private final long limit;
    private byte[] bytes;
    private int size;

    GrowableBytes(long limit) {
        this(limit, -1);
    }

    /**
     * @param sizeHint the size the content is expected to have (a declared length), or -1: the
     *                 first array is made that size, so content of exactly that size is never
     *                 copied; a hint past the limit is not trusted, and one past {@value #MAX_HINT}
     *                 bytes starts the buffer at that size
     */
    GrowableBytes(long limit, long sizeHint) {
        this.limit = limit;
        long first = sizeHint > 0 && sizeHint <= limit ? Math.min(sizeHint, MAX_HINT) : DEFAULT_CAPACITY;
        this.bytes = new byte[(int) first];
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

    /** Reads {@code in} to its end into the buffer; past the limit it stops with {@link BodyTooLargeException}. */
    void readFully(java.io.InputStream in) throws java.io.IOException {
        while (true) {
            if (size >= limit) {
                if (in.read() == -1) {
                    return; // exactly at the limit is allowed
                }
                throw new BodyTooLargeException(limit);
            }
            if (size == bytes.length) {
                // Full, as it is when a size hint was right: look for one more byte before growing.
                int b = in.read();
                if (b == -1) {
                    return;
                }
                ensure(size + 1);
                bytes[size++] = (byte) b;
                continue;
            }
            int n = in.read(bytes, size, (int) Math.min(bytes.length - size, limit - size));
            if (n == -1) {
                return;
            }
            size += n;
        }
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
            // Doubling, but never past the limit: a 16 MB body under a 20 MB limit must not ask for 32.
            long grown = Math.max(capacity, Math.min((long) bytes.length * 2, Math.min(limit, Integer.MAX_VALUE - 8)));
            bytes = Arrays.copyOf(bytes, (int) grown);
        }
    }
}
