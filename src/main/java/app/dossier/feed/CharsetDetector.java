package app.dossier.feed;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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

    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern HTTP_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final String[] LEGACY_CJK = {"GB18030", "Big5-HKSCS", "windows-31j", "EUC-JP", "x-windows-949"};

    private CharsetDetector() {
    }

    static Decoded decode(byte[] b, String contentType) {
        Decoded bom = byBom(b);
        if (bom != null) {
            return bom;
        }
        Charset wide = byWidePattern(b);
        if (wide != null) {
            return new Decoded(new String(b, wide), wide);
        }
        List<Charset> candidates = candidates(b, contentType);
        if (candidates.size() == 1 && hasIso2022JpEscape(b)) {
            // 7-bit, so it would pass for UTF-8: recognise it by its escape sequences.
            Charset jis = Charset.forName("ISO-2022-JP");
            return new Decoded(new String(b, jis), jis);
        }
        for (Charset candidate : candidates) {
            String text = strict(b, 0, candidate);
            if (text != null) {
                return new Decoded(text, candidate);
            }
        }
        Charset guess = guessLegacy(b);
        return new Decoded(new String(b, guess), guess);
    }

    private static Decoded byBom(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Decoded(new String(b, 4, b.length - 4, UTF_32BE), UTF_32BE);
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Decoded(new String(b, 4, b.length - 4, UTF_32LE), UTF_32LE);
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (starts(b, 0xFE, 0xFF)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (starts(b, 0xFF, 0xFE)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
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

    /** The bytes decoded in {@code cs}, or {@code null} if they are not valid in it. */
    private static String strict(byte[] b, int offset, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            String s = new String(b, offset, b.length - offset, StandardCharsets.UTF_8);
            if (s.indexOf('\uFFFD') < 0) {
                return s; // the fast path: valid UTF-8 never needs the strict decoder
            }
        }
        try {
            CharBuffer chars = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return chars.toString();
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** For undeclared, non-UTF-8 bytes: the legacy charset whose decoding looks most like text. */
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
            String s = strict(b, 0, cs);
            if (s != null) {
                double score = cjkShare(s, name);
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
