package app.dossier.bench;

import app.dossier.model.ParsedItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * How stored article HTML is compressed: every summary and content of a folder of feeds (the
 * generated benchmark feeds, say) as UTF-8, packed and unpacked with zlib's raw deflate at its
 * fastest level (how the library stored them before) and with LZ4 (how it stores them now),
 * alternating, round after round, in one JVM. Run with the command line's compiler and collector
 * after {@code mvn -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test}:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx2g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     app.dossier.bench.BlobCodecBench /tmp/gen/feeds [rounds]
 * </pre>
 */
public final class BlobCodecBench {

    private BlobCodecBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BlobCodecBench FEED_FOLDER [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<byte[]> texts = new ArrayList<>();
        long bytes = 0;
        for (ParsedItem item : FeedFolder.items(Path.of(args[0]))) {
            for (String html : new String[] {item.summary(), item.content()}) {
                if (html != null) {
                    byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
                    texts.add(utf8);
                    bytes += utf8.length;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d texts, %.1f MB of UTF-8%n", texts.size(), bytes / 1e6);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        Inflater inflater = new Inflater(true);
        LZ4Factory lz4 = LZ4Factory.fastestInstance();
        LZ4Compressor compressor = lz4.fastCompressor();
        LZ4SafeDecompressor decompressor = lz4.safeDecompressor();
        System.out.println("LZ4: " + lz4);
        for (int r = 0; r < rounds; r++) {
            List<byte[]> deflated = new ArrayList<>(texts.size());
            long start = System.nanoTime();
            long deflatedBytes = 0;
            for (byte[] t : texts) {
                deflater.reset();
                deflater.setInput(t);
                deflater.finish();
                byte[] out = new byte[t.length + 64];
                int n = 0;
                while (!deflater.finished()) {
                    n += deflater.deflate(out, n, out.length - n);
                }
                deflated.add(java.util.Arrays.copyOf(out, n));
                deflatedBytes += n;
            }
            double deflate = seconds(start);
            start = System.nanoTime();
            byte[] back = new byte[1 << 24];
            for (byte[] d : deflated) {
                inflater.reset();
                inflater.setInput(d);
                while (!inflater.finished()) {
                    try {
                        if (inflater.inflate(back) == 0 && inflater.needsInput()) {
                            break;
                        }
                    } catch (DataFormatException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            double inflate = seconds(start);
            List<byte[]> packed = new ArrayList<>(texts.size());
            start = System.nanoTime();
            long packedBytes = 0;
            for (byte[] t : texts) {
                byte[] out = new byte[compressor.maxCompressedLength(t.length)];
                int n = compressor.compress(t, 0, t.length, out, 0, out.length);
                packed.add(java.util.Arrays.copyOf(out, n));
                packedBytes += n;
            }
            double lz4Pack = seconds(start);
            start = System.nanoTime();
            for (int i = 0; i < packed.size(); i++) {
                byte[] p = packed.get(i);
                decompressor.decompress(p, 0, p.length, back, 0, texts.get(i).length);
            }
            double lz4Unpack = seconds(start);
            System.out.printf(Locale.ROOT, "round %d: deflate %.2f s -> %.1f MB, inflate %.2f s | LZ4 %.2f s -> %.1f MB,"
                    + " unpack %.2f s%n", r, deflate, deflatedBytes / 1e6, inflate, lz4Pack, packedBytes / 1e6, lz4Unpack);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
