package app.dossier.feed;

/** Short human words for the HTTP statuses a feed reader meets. Pure; any thread. */
final class HttpStatusText {

    private HttpStatusText() {
    }

    /** E.g. {@code "404 Not Found"}, or {@code "HTTP 599"} for a status without a name here. */
    static String describe(int status) {
        String text = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> null;
        };
        return text == null ? "HTTP " + status : status + " " + text;
    }
}
