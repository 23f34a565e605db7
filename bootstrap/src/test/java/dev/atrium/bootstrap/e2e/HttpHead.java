package dev.atrium.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The head of an HTTP answer read byte by byte from a raw connection, for clients that speak HTTP themselves. */
final class HttpHead {
    private HttpHead() {
    }

    /** Everything up to and including the blank line; {@code when} names the moment in the error if the connection ends first. */
    static String readFrom(InputStream in, String when) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IllegalStateException("the connection closed " + when + ": " + head);
            }
            head.write(next);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
