package app.dossier.feed;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's bytes into text. The evidence, strongest first: a byte-order mark (UTF-8,
 * UTF-16, UTF-32); the byte pattern of an unmarked UTF-16/32 {@code <?xml}; the HTTP charset (unless
 * it is a server's ISO-8859-1 default contradicted by the document); the XML declaration; UTF-8 when
 * the bytes are valid UTF-8; and finally a guess among legacy charsets (windows-1251, KOI8-R, GB18030,
 * Big5, Shift_JIS, EUC-JP, EUC-KR, ISO-2022-JP, windows-1252). A declared charset is only trusted
 * when the bytes decode cleanly in it. Labels are widened to their supersets (ISO-8859-1 to
 * windows-1252, GB2312 to GB18030), as browsers do. Stateless; any thread.
 */
final class CharsetDetector {

    /** Decoded text and the charset it was read in. */
    record Decoded(String text, Charset charset) {
    }

    /** The charset of a document and where its text starts (after a byte-order mark). */
    record Detected(Charset charset, int offset) {

        /** The whole document as text. */
        String decode(byte[] b) {
            return new String(b, offset, b.length - offset, charset);
        }

        /** The first {@code max} bytes as text, enough to sniff the document's kind. */
        String head(byte[] b, int max) {
            return new String(b, offset, Math.min(max, b.length - offset), charset);
        }
    }

    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HTTP_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /**
     * UTF-8 is checked on the whole document, before parsing: a document that only claims to be
     * UTF-8 must be found out while its real charset can still be guessed (about 1 GB/s, a few
     * percent of a parse).
     */
    private static final int UTF8_PROBE_BYTES = Integer.MAX_VALUE;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final String[] LEGACY_CJK = {"GB18030", "Big5-HKSCS", "windows-31j", "EUC-JP", "x-windows-949"};

    private CharsetDetector() {
    }

    static Decoded decode(byte[] b, String contentType) {
        Detected d = detect(b, contentType);
        return new Decoded(d.decode(b), d.charset());
    }

    /**
     * Decides the charset without decoding the document, except to verify a declared legacy
     * charset; UTF-8 is verified by a byte scan.
     */
    static Detected detect(byte[] b, String contentType) {
        Detected bom = byBom(b);
        if (bom != null) {
            return bom;
        }
        Charset wide = byWidePattern(b);
        if (wide != null) {
            return new Detected(wide, 0);
        }
        List<Charset> candidates = candidates(b, contentType);
        if (candidates.size() == 1 && hasIso2022JpEscape(b)) {
            // 7-bit, so it would pass for UTF-8: recognise it by its escape sequences.
            return new Detected(Charset.forName("ISO-2022-JP"), 0);
        }
        for (Charset candidate : candidates) {
            if (candidate.equals(StandardCharsets.UTF_8) ? isUtf8(b, UTF8_PROBE_BYTES) : decodesStrictly(b, candidate)) {
                return new Detected(candidate, 0);
            }
        }
        return new Detected(guessLegacy(b), 0);
    }

    /** Whether the first {@code limit} bytes are UTF-8 by their structure (lead and continuation bytes; overlong forms are not checked). */
    static boolean isUtf8(byte[] b, int limit) {
        int i = 0;
        int n = Math.min(b.length, limit);
        while (i < n) {
            // ASCII runs eight bytes at a time: the scan costs little next to parsing.
            while (i + 16 <= n && (((long) LONGS.get(b, i) | (long) LONGS.get(b, i + 8)) & 0x8080808080808080L) == 0) {
                i += 16;
            }
            while (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                i += 8;
            }
            if (i >= n) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            int extra;
            if ((c & 0xE0) == 0xC0) {
                extra = 1;
            } else if ((c & 0xF0) == 0xE0) {
                extra = 2;
            } else if ((c & 0xF8) == 0xF0) {
                extra = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += extra + 1;
        }
        return true;
    }

    private static Detected byBom(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Detected(UTF_32BE, 4);
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Detected(UTF_32LE, 4);
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            // A UTF-8 mark on bytes that are not UTF-8 (it happens): trust the bytes.
            return new Detected(isUtf8(b, UTF8_PROBE_BYTES) ? StandardCharsets.UTF_8 : guessLegacy(b), 3);
        }
        if (starts(b, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (starts(b, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    private static Charset byWidePattern(byte[] b) {
        if (starts(b, 0x00, 0x00, 0x00, 0x3C)) {
            return UTF_32BE;
        }
        if (starts(b, 0x3C, 0x00, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (starts(b, 0x00, 0x3C) || starts(b, 0x00, 0x09) || starts(b, 0x00, 0x0A) || starts(b, 0x00, 0x20)) {
            return StandardCharsets.UTF_16BE;
        }
        if (starts(b, 0x3C, 0x00) || starts(b, 0x09, 0x00) || starts(b, 0x0A, 0x00) || starts(b, 0x20, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static List<Charset> candidates(byte[] b, String contentType) {
        List<Charset> out = new ArrayList<>(3);
        Charset http = contentType == null ? null : label(match(HTTP_CHARSET, contentType));
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1);
        Charset declared = label(match(XML_ENCODING, head));
        if (http != null && !(http.equals(WINDOWS_1252) && declared != null)) {
            out.add(http);
        }
        if (declared != null && !isWide(declared)) {
            out.add(declared);
        }
        out.add(StandardCharsets.UTF_8);
        return out;
    }

    /** A charset label widened to what such documents really use; {@code null} if unknown. */
    static Charset label(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        String real = switch (n) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso_8859-1" -> "windows-1252";
            case "gb2312", "gbk", "x-gbk", "euc-cn", "cp936", "gb_2312-80" -> "GB18030";
            case "big5", "x-x-big5", "cn-big5" -> "Big5-HKSCS";
            case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji" -> "windows-31j";
            case "euc-kr", "ks_c_5601-1987" -> "x-windows-949";
            case "utf8" -> "UTF-8";
            default -> n;
        };
        try {
            return Charset.forName(real);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isWide(Charset c) {
        String n = c.name();
        return n.startsWith("UTF-16") || n.startsWith("UTF-32");
    }

    /** Whether the bytes are valid text in {@code cs}. */
    private static boolean decodesStrictly(byte[] b, Charset cs) {
        try {
            cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean hasIso2022JpEscape(byte[] b) {
        for (int i = 0; i + 2 < b.length && i < 4096; i++) {
            if (b[i] == 0x1B && b[i + 1] == '$' && (b[i + 2] == 'B' || b[i + 2] == '@')) {
                return true;
            }
        }
        return false;
    }

    private static Charset guessLegacy(byte[] b) {
        int lowerCyrillic1251 = 0;
        int lowerKoi8 = 0;
        int high = 0;
        for (byte x : b) {
            int v = x & 0xFF;
            if (v >= 0x80) {
                high++;
                if (v >= 0xE0) {
                    lowerCyrillic1251++;
                } else if (v >= 0xC0) {
                    lowerKoi8++;
                }
            }
        }
        Charset best = WINDOWS_1252;
        double bestScore = 0;
        for (String name : LEGACY_CJK) {
            Charset cs = Charset.forName(name);
            if (decodesStrictly(b, cs)) {
                double score = cjkShare(new String(b, cs), name);
                if (score > bestScore) {
                    bestScore = score;
                    best = cs;
                }
            }
        }
        if (bestScore > 0.5) {
            return best;
        }
        if (high > 0 && (lowerCyrillic1251 + lowerKoi8) > high * 0.6) {
            return Charset.forName(lowerCyrillic1251 >= lowerKoi8 ? "windows-1251" : "KOI8-R");
        }
        return WINDOWS_1252;
    }

    /** Of the non-ASCII characters, the share in the scripts the charset exists for. */
    private static double cjkShare(String s, String charset) {
        int nonAscii = 0;
        int expected = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            boolean han = c >= 0x4E00 && c <= 0x9FFF;
            boolean kana = c >= 0x3040 && c <= 0x30FF;
            boolean hangul = c >= 0xAC00 && c <= 0xD7A3;
            boolean punctuation = c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF5E;
            boolean fits = switch (charset) {
                case "x-windows-949" -> hangul || punctuation;
                case "windows-31j", "EUC-JP" -> kana || han || punctuation;
                default -> han || punctuation;
            };
            if (fits) {
                expected++;
            }
        }
        // A few stray high bytes decode as "valid" CJK by accident: demand some text before believing it.
        return nonAscii < 8 ? 0 : (double) expected / nonAscii;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
