package app.dossier.feed;

import java.io.IOException;

/** A body went past the size limit, on the wire or after decompression. */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("the response is larger than the " + FeedFetcher.megabytes(limit) + " limit");
    }
}
