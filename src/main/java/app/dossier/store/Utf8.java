package app.dossier.store;

/**
 * Text to UTF-8 in a buffer the calling thread reuses, for text that is only passed through on its
 * way to storage (packed, turned into search text) and never kept as UTF-8 itself.
 * {@code String.getBytes} makes an array three times the text's length for any text with a
 * character beyond Latin-1, and then an exact copy: a cold refresh of 50,000 articles allocated
 * about 730 MB that way for 200 MB of HTML. The bytes are the same as {@code getBytes(UTF_8)}'s,
 * a lone surrogate included (it becomes {@code '?'}).
 */
final class Utf8 {

    /**
     * A thread keeps buffers for text up to this many characters (1.25 MB of buffers; news HTML is
     * rarely a tenth of that); longer text gets its own.
     */
    static final int KEEP_CHARS = 1 << 18;

    private static final ThreadLocal<Utf8> BUFFERS = ThreadLocal.withInitial(Utf8::new);

    private char[] chars = new char[1024];
    private byte[] bytes = new byte[3 * 1024];
    /** Bytes of the last text encoded. */
    private int length;
    /** {@link String#hashCode()} of the last text encoded, worked out on the way. */
    private int hash;

    private Utf8() {
    }

    /**
     * {@code text} as UTF-8 in the calling thread's buffer: valid until this thread's next call,
     * read it with {@link #bytes()} and {@link #length()}, never keep it.
     */
    static Utf8 encode(String text) {
        Utf8 buffer = BUFFERS.get();
        if (text.length() > KEEP_CHARS) {
            buffer = new Utf8();
        }
        buffer.encodeHere(text);
        return buffer;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /**
     * The {@link String#hashCode()} of the text encoded, the same number: made in the same pass
     * over the characters, it costs a fraction of a second pass (an article's content hash takes
     * its summary's and content's).
     */
    int hash() {
        return hash;
    }

    private void encodeHere(String text) {
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, Math.min(KEEP_CHARS, chars.length * 2))];
            bytes = new byte[3 * chars.length];
        }
        text.getChars(0, n, chars, 0);
        char[] in = chars;
        byte[] out = bytes;
        int o = 0;
        int h = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            h = 31 * h + c;
            if (c < 0x80) {
                out[o++] = (byte) c;
            } else if (c < 0x800) {
                out[o++] = (byte) (0xC0 | c >> 6);
                out[o++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                    char low = in[++i];
                    h = 31 * h + low;
                    int cp = Character.toCodePoint(c, low);
                    out[o++] = (byte) (0xF0 | cp >> 18);
                    out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    out[o++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    out[o++] = '?'; // what the JDK's encoder writes for a lone surrogate
                }
            } else {
                out[o++] = (byte) (0xE0 | c >> 12);
                out[o++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[o++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = o;
        hash = h;
    }
}
