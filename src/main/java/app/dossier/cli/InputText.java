package app.dossier.cli;

import app.dossier.library.LibraryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file the user named (or standard input for {@code -}) as text: UTF-8, or UTF-16 with a
 * byte-order mark, else Windows-1252 for legacy files; a leading byte-order mark is dropped.
 * Anything else fails with one line: a missing file, a directory, binary data, more than 20 MB.
 */
final class InputText {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private InputText() {
    }

    /** The text of {@code name}; {@code "-"} reads {@code stdin}. */
    static String read(String name, InputStream stdin) {
        byte[] bytes = "-".equals(name) ? readStream(stdin) : readFile(name);
        return decode(bytes);
    }

    private static byte[] readFile(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new CommandFailure("not a valid file name");
        }
        if (Files.isDirectory(path)) {
            throw new CommandFailure("is a directory");
        }
        try {
            if (Files.exists(path) && Files.size(path) > MAX_BYTES) {
                throw tooLarge();
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readStream(in);
            }
        } catch (IOException e) {
            throw new CommandFailure(LibraryException.describe(e));
        }
    }

    private static byte[] readStream(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new CommandFailure("cannot read: " + LibraryException.describe(e));
        }
    }

    private static CommandFailure tooLarge() {
        return new CommandFailure("larger than " + MAX_BYTES / (1024 * 1024) + " MB; give a single article");
    }

    static String decode(byte[] b) {
        if (b.length >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)) {
            Charset utf16 = b[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return checked(new String(b, 2, b.length - 2, utf16));
        }
        int from = b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
        for (int i = from; i < Math.min(b.length, 65_536); i++) {
            if (b[i] == 0) {
                throw binary();
            }
        }
        try {
            return checked(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, b.length - from)).toString());
        } catch (CharacterCodingException e) {
            return checked(new String(Arrays.copyOfRange(b, from, b.length), WINDOWS_1252));
        }
    }

    /** Text has few control characters; binary data decoded as text has many. */
    private static String checked(String text) {
        int limit = Math.min(text.length(), 65_536);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (control > 8 && control * 100 > limit) {
            throw binary();
        }
        return text;
    }

    private static CommandFailure binary() {
        return new CommandFailure("not a text file (binary data)");
    }
}
