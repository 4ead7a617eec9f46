package app.dossier.store;

import app.dossier.model.ArticleAnalysis;
import app.dossier.model.Cue;
import app.dossier.model.Entity;
import app.dossier.model.EntityType;
import app.dossier.model.KeyPhrase;
import app.dossier.model.Quote;
import app.dossier.model.QuoteKind;
import app.dossier.model.SourceMap;
import app.dossier.model.Speaker;
import app.dossier.model.SpeakerType;
import app.dossier.model.TextSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The stored form of a whole {@link ArticleAnalysis}: everything the reading pane needs to mark
 * spans in the article's HTML (the analysed text, every span, the map back to the HTML), in a
 * compact binary layout compressed with Deflate. Numbers are variable-length; spans are a start
 * and a length; the offset map is stored as differences, which are almost all zero or one and
 * compress to next to nothing. Enums are stored by their {@code id()}, so reordering them never
 * misreads an old result.
 *
 * <p>Reading fails with {@link IllegalArgumentException} on anything it does not understand; the
 * caller then treats the article as not analysed, and it is analysed again.
 */
final class AnalysisCodec {

    private static final int FORMAT = 1;
    private static final int IDENTITY = 1;
    private static final int MAPPED = 2;
    /** A stored text longer than this is damage, not an article. */
    private static final int MAX_CHARS = 8_000_000;
    /** Nor does an article's analysis inflate to more than this. */
    private static final int MAX_INFLATED = 64 * 1024 * 1024;

    private AnalysisCodec() {
    }

    static byte[] encode(ArticleAnalysis a) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + a.text().length() * 2);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeVarint(out, FORMAT);
            writeVarint(out, a.analyzerVersion());
            writeString(out, a.text());
            writeSourceMap(out, a.sourceMap(), a.text().length());
            writeVarint(out, a.quotes().size());
            for (Quote q : a.quotes()) {
                writeSpan(out, q.span());
                writeString(out, q.kind().id());
                Speaker s = q.speaker();
                out.writeBoolean(s != null);
                if (s != null) {
                    writeString(out, s.name());
                    writeString(out, s.asWritten());
                    writeSpan(out, s.span());
                    writeString(out, s.role());
                    writeString(out, s.type().id());
                    out.writeBoolean(s.official());
                }
                Cue c = q.cue();
                out.writeBoolean(c != null);
                if (c != null) {
                    writeSpan(out, c.span());
                    writeString(out, c.text());
                }
                writeNumber(out, q.confidence());
            }
            writeVarint(out, a.keyPhrases().size());
            for (KeyPhrase k : a.keyPhrases()) {
                writeString(out, k.text());
                writeNumber(out, k.score());
                writeSpans(out, k.occurrences());
            }
            writeVarint(out, a.entities().size());
            for (Entity e : a.entities()) {
                writeString(out, e.text());
                writeString(out, e.canonical());
                writeString(out, e.type().id());
                writeSpan(out, e.span());
            }
            writeSpans(out, a.boilerplate());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to take bytes
        }
        return deflate(bytes.toByteArray());
    }

    static ArticleAnalysis decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(inflate(data)))) {
            int format = readVarint(in);
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown analysis format " + format);
            }
            int version = readVarint(in);
            String text = readString(in);
            if (text == null) {
                throw new IllegalArgumentException("analysis without text");
            }
            SourceMap map = readSourceMap(in, text.length());
            int quoteCount = readCount(in);
            List<Quote> quotes = new ArrayList<>(Math.min(quoteCount, 64));
            for (int i = 0; i < quoteCount; i++) {
                TextSpan span = readSpan(in);
                QuoteKind kind = kind(readString(in));
                Speaker speaker = null;
                if (in.readBoolean()) {
                    String name = readString(in);
                    String asWritten = readString(in);
                    TextSpan at = readSpan(in);
                    String role = readString(in);
                    SpeakerType type = speakerType(readString(in));
                    speaker = new Speaker(name, asWritten, at, role, type, in.readBoolean());
                }
                Cue cue = null;
                if (in.readBoolean()) {
                    TextSpan at = readSpan(in);
                    cue = new Cue(at, readString(in));
                }
                quotes.add(new Quote(span, kind, speaker, cue, readNumber(in)));
            }
            int phraseCount = readCount(in);
            List<KeyPhrase> phrases = new ArrayList<>(Math.min(phraseCount, 64));
            for (int i = 0; i < phraseCount; i++) {
                String phrase = readString(in);
                double score = readNumber(in);
                phrases.add(new KeyPhrase(phrase, score, readSpans(in)));
            }
            int entityCount = readCount(in);
            List<Entity> entities = new ArrayList<>(Math.min(entityCount, 64));
            for (int i = 0; i < entityCount; i++) {
                String written = readString(in);
                String canonical = readString(in);
                EntityType type = entityType(readString(in));
                entities.add(new Entity(written, canonical, type, readSpan(in)));
            }
            List<TextSpan> boilerplate = readSpans(in);
            return new ArticleAnalysis(text, quotes, phrases, entities, boilerplate, version, map);
        } catch (IOException | java.util.zip.DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable stored analysis: " + e.getMessage(), e);
        }
    }

    // ---- compression: whole buffers at once (a stream would call into zlib once per byte) ----

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
            byte[] chunk = new byte[Math.max(256, raw.length / 2)];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] data) throws java.util.zip.DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4 + 64);
            byte[] chunk = new byte[Math.max(1024, data.length * 3)];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new java.util.zip.DataFormatException("truncated");
                }
                out.write(chunk, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new java.util.zip.DataFormatException("too large");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }

    // ---- the offset map ----

    private static void writeSourceMap(DataOutputStream out, SourceMap map, int textLength) throws IOException {
        if (map.isIdentity()) {
            writeVarint(out, IDENTITY);
            writeVarint(out, map.sourceLength());
            return;
        }
        writeVarint(out, MAPPED);
        writeVarint(out, map.sourceLength());
        // The map keeps its arrays to itself; one-character spans give them back exactly.
        int previousEnd = 0;
        for (int i = 0; i < textLength; i++) {
            TextSpan s = map.toSource(new TextSpan(i, i + 1));
            writeVarint(out, zigzag(s.start() - previousEnd));
            writeVarint(out, s.end() - s.start());
            previousEnd = s.end();
        }
    }

    private static SourceMap readSourceMap(DataInputStream in, int textLength) throws IOException {
        int kind = readVarint(in);
        int sourceLength = readVarint(in);
        if (kind == IDENTITY) {
            return SourceMap.identity(sourceLength);
        }
        if (kind != MAPPED) {
            throw new IllegalArgumentException("unknown offset map " + kind);
        }
        int[] from = new int[textLength];
        int[] to = new int[textLength];
        int previousEnd = 0;
        for (int i = 0; i < textLength; i++) {
            from[i] = previousEnd + unzigzag(readVarint(in));
            to[i] = from[i] + readVarint(in);
            previousEnd = to[i];
        }
        return SourceMap.of(from, to, sourceLength);
    }

    // ---- enums by id ----

    private static QuoteKind kind(String id) {
        for (QuoteKind k : QuoteKind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown quote kind " + id);
    }

    private static SpeakerType speakerType(String id) {
        for (SpeakerType t : SpeakerType.values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown speaker type " + id);
    }

    private static EntityType entityType(String id) {
        for (EntityType t : EntityType.values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type " + id);
    }

    // ---- primitives ----

    private static void writeSpan(DataOutputStream out, TextSpan span) throws IOException {
        writeVarint(out, span.start());
        writeVarint(out, span.length());
    }

    private static TextSpan readSpan(DataInputStream in) throws IOException {
        int start = readVarint(in);
        return new TextSpan(start, Math.addExact(start, readVarint(in)));
    }

    private static void writeSpans(DataOutputStream out, List<TextSpan> spans) throws IOException {
        writeVarint(out, spans.size());
        for (TextSpan s : spans) {
            writeSpan(out, s);
        }
    }

    private static List<TextSpan> readSpans(DataInputStream in) throws IOException {
        int n = readCount(in);
        List<TextSpan> out = new ArrayList<>(Math.min(n, 64));
        for (int i = 0; i < n; i++) {
            out.add(readSpan(in));
        }
        return out;
    }

    /**
     * A number that is a whole count of thousandths (key-phrase scores are rounded so) as a small
     * varint, twice the count; any other value as a marker (1) and its eight bytes, so every
     * double comes back exactly.
     */
    private static void writeNumber(DataOutputStream out, double d) throws IOException {
        long thousandths = Math.round(d * 1000);
        if (thousandths >= 0 && thousandths < (1 << 29) && thousandths / 1000.0 == d
                && Double.doubleToRawLongBits(d) != Double.doubleToRawLongBits(-0.0)) {
            writeVarint(out, (int) thousandths * 2);
        } else {
            writeVarint(out, 1);
            out.writeDouble(d);
        }
    }

    private static double readNumber(DataInputStream in) throws IOException {
        int v = readVarint(in);
        if (v == 1) {
            return in.readDouble();
        }
        if ((v & 1) != 0) {
            throw new IllegalArgumentException("bad number");
        }
        return (v / 2) / 1000.0;
    }

    /** A string as its UTF-8 length plus one (0 for null) and its bytes. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            writeVarint(out, 0);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeVarint(out, b.length + 1);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = readVarint(in);
        if (n == 0) {
            return null;
        }
        if (n - 1 > 4 * MAX_CHARS) {
            throw new IllegalArgumentException("string too long");
        }
        byte[] b = in.readNBytes(n - 1); // grows as it reads: damaged lengths cost no huge allocation
        if (b.length != n - 1) {
            throw new EOFException("truncated");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A count of items, bounded so damaged data cannot ask for a huge allocation. */
    private static int readCount(DataInputStream in) throws IOException {
        int n = readVarint(in);
        if (n > MAX_CHARS) {
            throw new IllegalArgumentException("count out of range");
        }
        return n;
    }

    static void writeVarint(OutputStream out, int value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("negative " + value);
        }
        int v = value;
        while ((v & ~0x7f) != 0) {
            out.write((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    static int readVarint(InputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("truncated");
            }
            value |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw new IllegalArgumentException("number out of range");
                }
                return value;
            }
        }
        throw new IllegalArgumentException("number too long");
    }

    private static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private static int unzigzag(int v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
