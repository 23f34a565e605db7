package dev.atrium.adapter.rest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.RequestRejectedException;
import dev.atrium.domain.shared.TextForm;
import dev.atrium.domain.shared.Violations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies. Controllers take the raw bytes and hand them here, so that a body that is
 * not JSON, or not of the document's shape, is refused with a precise code before anything binds
 * it, and so that the size limit of the server applies to exactly these bytes.
 */
@Singleton
public final class JsonDocuments {
    /** Duplicate names make a document ambiguous (RFC 8259 leaves their meaning open): refused. */
    private static final JsonFactory STREAMS = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonMapper json;

    JsonDocuments(JsonMapper json) {
        this.json = json;
    }

    /** A whole document: parsed, checked against its shape, read as the record a client writes. */
    public <T> T read(@Nullable byte[] body, DocumentShape<T> shape) {
        JsonNode document = parseObject(body);
        shape.check(document);
        return convert(document, shape.writable());
    }

    /**
     * A merge patch: parsed and checked against the document's shape, where every {@code null} is
     * allowed and create-only fields are not.
     */
    public JsonNode readPatch(@Nullable byte[] body, DocumentShape<?> shape) {
        JsonNode patch = parseObject(body);
        shape.checkPatch(patch);
        return patch;
    }

    /**
     * Applies a checked merge patch to a document. Pure, so it may run again on a fresher document
     * when a concurrent write forces a retry.
     */
    public <T> T applyPatch(T document, JsonNode patch, DocumentShape<T> shape) {
        try {
            return convert(MergePatch.apply(json.writeValueToTree(document), patch), shape.writable());
        } catch (IOException e) {
            throw new UncheckedIOException("a document the server wrote must be writable as JSON", e);
        }
    }

    private JsonNode parseObject(@Nullable byte[] body) {
        if (body == null) {
            throw malformed();
        }
        requireWellFormedUtf8(body);
        if (!holdsOneObject(body)) {
            throw malformed();
        }
        JsonNode document;
        try {
            document = json.readValue(body, JsonNode.class);
        } catch (IOException notJson) {
            throw malformed();
        }
        Violations violations = new Violations();
        checkTexts(document, "", violations);
        violations.throwIfAny("The request holds characters no text may hold.");
        return document;
    }

    /**
     * The JSON parser decodes an overlong form ({@code C0 AF}) as the character it spells ({@code /}),
     * so a body is decoded strictly first: anything but well-formed UTF-8 is refused, never guessed.
     */
    private static void requireWellFormedUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException notUtf8) {
            throw new RequestRejectedException(HttpErrorCode.MALFORMED_UTF8, List.of());
        }
    }

    /**
     * Every name and string of a body is held to {@link TextForm#MULTI_LINE}, whether or not a
     * domain value reads it later: a field that is ignored, or one that is only an id, must not carry
     * a NUL to the database either. Which fields are single-line the domain decides.
     */
    private static void checkTexts(JsonNode node, String path, Violations violations) {
        if (node.isString()) {
            violations.characters(path, node.getStringValue(), TextForm.MULTI_LINE);
        } else if (node.isArray()) {
            for (int index = 0; index < node.size(); index++) {
                checkTexts(node.get(index), path + "[" + index + "]", violations);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                String field = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                if (violations.characters(field, entry.getKey(), TextForm.MULTI_LINE)) {
                    checkTexts(entry.getValue(), field, violations);
                }
            }
        }
    }

    /**
     * The JSON mapper reads the first value of a body and ignores whatever follows it; the streaming
     * parser makes sure the body is one object and nothing else.
     */
    private static boolean holdsOneObject(byte[] body) {
        try (JsonParser parser = STREAMS.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException notJson) {
            return false;
        }
    }

    private static RequestRejectedException malformed() {
        return new RequestRejectedException(HttpErrorCode.MALFORMED_JSON, List.of());
    }

    private <T> T convert(JsonNode document, Class<T> type) {
        try {
            return json.readValueFromTree(document, type);
        } catch (IOException e) {
            // The shape check has let through only what the record can hold.
            throw new UncheckedIOException("a checked document must convert to " + type.getSimpleName(), e);
        }
    }
}
