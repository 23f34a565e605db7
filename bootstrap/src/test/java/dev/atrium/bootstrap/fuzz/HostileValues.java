package dev.atrium.bootstrap.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The corpus: what a hostile or broken client puts in a JSON value, a whole body, a content type, a
 * path segment, a query, or an Authorization header. Bytes where a string could not hold them
 * (invalid and overlong UTF-8, raw control bytes).
 */
final class HostileValues {
    /** A JWT header a forger might try: HS256 with a NUL byte for a key id. */
    static final String NUL_KID_HEADER = "{\"alg\":\"HS256\",\"kid\":\"\\u0000\"}";

    private HostileValues() {
    }

    /** JSON values put where a valid document has a value. */
    static final List<byte[]> JSON_VALUES = List.of(
            text("123"), text("-1"), text("0"), text("1.5"), text("-0"), text("true"), text("false"), text("null"),
            text("[]"), text("{}"), text("[1, \"a\", null]"), text("{\"a\": {\"b\": 1}}"),
            text("1e400"), text("-1e400"), text("99999999999999999999999999999"), text("9223372036854775808"),
            text("-9223372036854775809"), text("2147483648"), text("-2147483649"), text("1E+2147483647"),
            text("0.0000000000000000000000000000001"), text("123456789012345678901234567890.5"),
            text("\"\""), text("\" \""), text("\"\\u0000\""), text("\"a\\u0000b\""), text("\"\\u001b[31mred\""),
            text("\"\\u0007\\u0008\\u000b\\u000c\\u007f\""), text("\"\\ud800\""), text("\"\\udc00x\""),
            text("\"\\udbff\\udbff\""), text("\"\\ud83d\\ude00 ok\""), text("\"\\u202e\\u200b\\ufeff\""),
            join(text("\""), bytes(0xff, 0xfe, 0xfd), text("\"")), join(text("\"a"), bytes(0xc0, 0xaf), text("b\"")),
            join(text("\""), bytes(0xed, 0xa0, 0x80), text("\"")), join(text("\""), bytes(0xf4, 0x90, 0x80, 0x80), text("\"")),
            join(text("\"a"), bytes(0x01), text("b\"")), join(text("\"a"), bytes(0x00), text("b\"")),
            join(text("\"ab"), bytes(0xe2, 0x82), text("\"")),
            text("\"" + "x".repeat(100_000) + "\""), text("\"" + "é".repeat(20_000) + "\""), text("\"" + "😀".repeat(5_000) + "\""),
            text("\"<script>alert(1)</script>\""), text("\"../../etc/passwd\""), text("\"%00\""), text("\"${jndi:ldap://x}\""),
            text("\"public\""), text("\"PUBLIC\\u0000\""), text("\"OWNER\""), text("\"ADMIN\""),
            text("\"2030-02-30T25:61:00Z\""), text("\"+999999999-12-31T23:59:59Z\""), text("\"-999999999-01-01T00:00:00Z\""),
            text("\"2030-02-01T09:00:00+99:00\""), text("\"2030-02-01\""), text("\"1970-01-01T00:00:00Z\""),
            text("\"" + "a".repeat(2_000) + "@example.com\""), text("\"not an email\""),
            text("[" .repeat(2_000) + "]".repeat(2_000)), text("{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)),
            text("[" + "1,".repeat(20_000) + "1]"));

    /** Whole bodies, valid JSON of the wrong shape or not JSON at all. */
    static final List<byte[]> BODIES = List.of(
            new byte[0], text(" "), text("{"), text("}"), text("{\"a\":"), text("[]"), text("1"), text("\"x\""), text("null"),
            text("true"), text("hello"), text("<room/>"), text("{}{}"), text("{\"a\":1,}"), text("{'a': 1}"), text("{a: 1}"),
            text("NaN"), text("/* comment */ {}"), text("{\"a\": NaN}"), text("{\"a\": Infinity}"), text("{\"a\": 0x10}"),
            text("{\"a\": 01}"), text("{\"\": 1}"), text("{\"__proto__\": {\"admin\": true}}"),
            text("[".repeat(100_000)), text("[".repeat(5_000) + "]".repeat(5_000)),
            text("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)),
            join(bytes(0xef, 0xbb, 0xbf), text("{}")), bytes(0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00), bytes(0x00, 0x00, 0x00),
            bytes(0xc0, 0xaf, 0xc0, 0xaf), bytes(0x1f, 0x8b, 0x08, 0x00), text("token=%ZZ&token=1"), text("a=b&c"),
            text("--zzz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--zzz--"),
            text("{\"x\": \"" + "y".repeat(3_000_000) + "\"}"));

    static final List<String> CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/json; charset=ISO-8859-1", "application/json; charset=nonsense",
            "application/json; charset=UTF-16", "application/merge-patch+json", "application/json-patch+json",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=zzz", "*/*", "application/", "/", ";;;",
            "application/json; boundary", "application/problem+json", "text/json", "APPLICATION/JSON", "application/json;;",
            "x".repeat(3_000));

    /** Path segments as sent on the wire, percent encoding included. */
    static final List<byte[]> PATH_SEGMENTS = List.of(
            text("%2F"), text("a%2Fb"), text("..%2F..%2Fadmin"), text("."), text(".."), text("%2e%2e"), text("%2E"),
            text("%00"), text("a%00b"), text("%C0%AF"), text("%FF%FE"), text("%ED%A0%80"), text("%E2%80%AE"),
            text("%F0%9F%98%80"), text("caf%C3%A9"), bytes(0xc3, 0xa9), bytes(0xff), text("%ZZ"), text("%"), text("%%"),
            text("%1"), text("x%20y"), text("+"), text(";jsessionid=1"), text("a;b=c"), text("*"), text("~"), text("$"),
            text("'"), text("%22"), text("%3Cscript%3E"), text("%5C..%5C"), text("a".repeat(2_000)), text("%41".repeat(700)),
            text("rm_00000000000000000000000000"), text("rm_ZZZZZZZZZZZZZZZZZZZZZZZZZZ"), text("pt_" + "0".repeat(26)),
            text("-1"), text("0"), text("99999999999999999999"), text(""), text("self"), text("admit-all"),
            text("a".repeat(9_000)));

    /** Query parameters appended to a valid query (never a small positive timeout: that is a real long poll). */
    static final List<byte[]> QUERY_PARAMETERS = List.of(
            text("limit=-1"), text("limit=0"), text("limit=99999999999"), text("limit=1e3"), text("limit=abc"), text("limit="),
            text("limit"), text("cursor=%ZZ"), text("cursor=AAAA"), text("cursor=eyJhIjoxfQ"), text("cursor=" + "A".repeat(4_000)),
            text("cursor=%00"), text("order=sideways"), text("status=%00"), text("type=%C0%AF"), text("externalId=%FF"),
            text("after=-5"), text("after=99999999999999999999"), text("timeout=-1"), text("timeout=99999999999"),
            text("timeout=61"), text("ban=maybe"), text("ban=%00"), text("userRef=%00"), text("userRef="), text("x=" + "a".repeat(2_000)),
            text("="), text("&&&"), text("%3D%3D"), text("a[b]=c"), text("__proto__=1"), text("limit=1&limit=2"),
            text("%ED%A0%80=%ED%A0%80"), join(text("q="), bytes(0xff)), text("q=%0d%0aSet-Cookie:%20x"));

    /** Values replacing a valid query parameter's value. */
    static final List<byte[]> QUERY_VALUES = List.of(
            text("-1"), text("abc"), text("1e3"), text("99999999999999999999"), text(""), text("%00"), text("0x10"), text("61"),
            text("%ZZ"), text("%C0%AF"), text("true"), text("a".repeat(3_000)));

    /** Broken or forged Authorization header values; valid credentials of the wrong kind come from the world. */
    static List<byte[]> authorizations(String validJoinToken) {
        String[] parts = validJoinToken.split("\\.");
        String payload = parts.length == 3 ? parts[1] : "e30";
        String signature = parts.length == 3 ? parts[2] : "AAAA";
        return List.of(
                text(""), text("Bearer"), text("Bearer "), text("Basic"), text("Basic "), text("Basic !!!!"),
                text("Basic " + b64("nocolon")), text("Basic " + b64(":")), text("Basic " + b64("e2e-key:wrong")),
                text("Basic " + b64("e2e-key\u0000:x")), text("Basic " + b64url(bytes(0xff, 0xfe, ':', 0xc0, 0xaf))),
                text("Basic " + Base64.getEncoder().encodeToString(join(text("e2e-key:"), bytes(0xed, 0xa0, 0x80)))),
                text("Basic " + b64(World.KEY_ID + ":" + World.SECRET) + " extra"), text("Basic " + b64(World.KEY_ID + ":" + World.SECRET) + "="),
                text("Digest username=\"x\""), text("Bearer " + "a".repeat(10_000)), text("Bearer a.b"), text("Bearer a.b.c"),
                text("Bearer ...."), text("Bearer a.b.c.d.e"), text("Bearer " + validJoinToken + "x"),
                text("Bearer " + validJoinToken.toUpperCase()), text("Bearer " + jwt("{\"alg\":\"none\"}", payload, "")),
                text("Bearer " + jwt(NUL_KID_HEADER, payload, signature)), text("Bearer " + jwt(NUL_KID_HEADER, "e30", "")),
                text("Bearer " + jwt("{\"alg\":\"HS256\",\"kid\":\"../../x\"}", payload, signature)),
                text("Bearer " + jwt("{\"alg\":\"HS256\",\"kid\":\"" + "k".repeat(5_000) + "\"}", payload, signature)),
                text("Bearer " + jwt("{\"alg\":\"HS256\",\"kid\":\"\\ud800\"}", payload, signature)),
                text("Bearer " + jwt("{\"alg\":\"HS256\",\"kid\":123}", payload, signature)),
                text("Bearer " + jwt("{\"alg\":\"RS256\",\"kid\":\"x\"}", payload, signature)),
                text("Bearer " + jwt("{\"alg\":\"ES256\"}", payload, signature)), text("Bearer " + jwt("{\"alg\":\"HS256\"}", payload, signature)),
                text("Bearer " + jwt("{\"alg\":\"HS256\",\"crit\":[\"exp\"]}", payload, signature)),
                text("Bearer " + jwt("not json", payload, signature)), text("Bearer " + jwt("[]", payload, signature)),
                text("Bearer " + b64url(bytes(0xff, 0xfe, 0xc0, 0xaf)) + "." + payload + "." + signature),
                text("Bearer " + parts[0] + "." + b64url(text("{\"exp\":1e400,\"room\":123}")) + "." + signature),
                text("Bearer " + parts[0] + "." + b64url(text("{\"exp\":\"tomorrow\",\"sub\":[]}")) + "." + signature),
                text("Bearer " + parts[0] + "." + b64url(bytes(0xc0, 0xaf, 0x00)) + "." + signature),
                text("Bearer " + parts[0] + "." + payload + "." + signature.substring(0, Math.max(0, signature.length() - 3)) + "AAA"),
                text("Bearer " + parts[0] + "." + payload), text("Bearer " + parts[0] + ".." + signature),
                text("Bearer " + parts[0] + "." + payload + ".%%%"), text("bearer " + validJoinToken), text("BEARER  " + validJoinToken),
                join(text("Bearer "), bytes(0xff, 0xfe)), join(text("Bearer a"), bytes(0x00), text("b")),
                join(text("Bearer "), bytes(0x01, 0x02, 0x7f)), join(text("Basic "), bytes(0xc0, 0xaf)),
                text("Bearer\t" + validJoinToken), text("Bearer " + validJoinToken + " " + validJoinToken));
    }

    static String jwt(String header, String payload, String signature) {
        return b64url(text(header)) + "." + payload + "." + signature;
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text(text));
    }

    private static String b64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
