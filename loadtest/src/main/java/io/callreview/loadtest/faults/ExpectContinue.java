package io.callreview.loadtest.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends a large body the way a well-behaved HTTP/1.1 client does: headers with {@code Expect: 100-continue} first,
 * the body only after {@code 100 Continue} (or after a short wait without an answer). A server that refuses the body
 * from its declared length answers at once, and that answer is read, where a client writing the whole body would
 * only see the connection reset. Over a plain socket because JDK 17's HttpClient waits forever when the answer to
 * an expect-continue request is not 100 (JDK-8286171).
 */
final class ExpectContinue {

    private static final int EARLY_ANSWER_MILLIS = 2_000;

    private ExpectContinue() {
    }

    static RawHttp.Reply send(String method, URI uri, Map<String, List<String>> headers, byte[] body, Duration timeout) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder(method).append(' ').append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n")
                    .append("Expect: 100-continue\r\nConnection: close\r\n");
            headers.forEach((name, values) -> values.forEach(value -> head.append(name).append(": ").append(value).append("\r\n")));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();

            socket.setSoTimeout(EARLY_ANSWER_MILLIS);
            String status = null;
            try {
                status = readHead(in);
            } catch (SocketTimeoutException noEarlyAnswer) {
                // The server neither refused nor invited the body: send it, as RFC 9110 allows.
            }
            if (status == null || status.contains(" 100 ")) {
                out.write(body);
                out.flush();
                socket.setSoTimeout((int) timeout.toMillis());
                status = readHead(in);
                while (status.contains(" 100 ")) {
                    status = readHead(in);
                }
            }
            socket.setSoTimeout((int) timeout.toMillis());
            String[] lines = status.split("\r\n");
            int code = Integer.parseInt(lines[0].split(" ")[1]);
            String contentType = "";
            int length = 500;
            for (String line : lines) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    contentType = line.substring("content-type:".length()).trim();
                } else if (lower.startsWith("content-length:")) {
                    length = Math.min(length, Integer.parseInt(line.substring("content-length:".length()).trim()));
                }
            }
            String text = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            return new RawHttp.Reply(code, contentType, text, (System.nanoTime() - start) / 1_000_000, null);
        } catch (IOException | RuntimeException e) {
            return new RawHttp.Reply(0, "", "", (System.nanoTime() - start) / 1_000_000, e.toString());
        }
    }

    /** The status line and headers of one answer, up to the empty line. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("connection closed after " + head.size() + " bytes of an answer");
            }
            head.write(next);
            matched = (next == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (next == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
