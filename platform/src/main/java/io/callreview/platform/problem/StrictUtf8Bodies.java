package io.callreview.platform.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies that are not valid UTF-8 (RFC 3629, which JSON requires) with a 400 naming the byte offset,
 * before any resource reads them. Jackson lets overlong forms ({@code C0 AF} for {@code /}) and encoded surrogates
 * through, and a raw body turned into a String replaces bad bytes silently, so without this check such a body could
 * be stored as something other than what was sent. Bodies of non-text media types (binary uploads) are not checked.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isText(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        int bad = firstInvalidByte(body);
        if (bad >= 0) {
            throw ApiException.badRequest("body", "is not valid UTF-8 (invalid byte sequence at offset " + bad + ")");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** The offset of the first byte of an invalid UTF-8 sequence, or -1 when all of it is valid. */
    static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        return result.isError() ? in.position() : -1;
    }

    private static boolean isText(MediaType type) {
        if (type == null || type.isWildcardType()) {
            return true;
        }
        String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
        return type.getType().equalsIgnoreCase("text") || subtype.equals("json") || subtype.endsWith("+json")
                || subtype.equals("x-www-form-urlencoded");
    }
}
