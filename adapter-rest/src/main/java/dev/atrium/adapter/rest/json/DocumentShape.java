package dev.atrium.adapter.rest.json;

import dev.atrium.adapter.rest.problem.FieldError;
import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.RequestRejectedException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.json.tree.JsonNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a request document may hold, derived once from two introspected records: the one a client
 * writes and the one the server answers with. A field of the written record may be sent, with the
 * JSON type its Java type asks for (or {@code null}); a field that only the answer has is
 * read-only; any other is unknown. Building a shape fails at once for a Java type that has no JSON
 * counterpart here, so a new kind of field cannot slip through unchecked.
 */
public final class DocumentShape<T> {
    /** When several kinds of mistakes are found, the problem is named after the first of these. */
    private static final List<HttpErrorCode> SEVERITY =
            List.of(HttpErrorCode.READ_ONLY_FIELD, HttpErrorCode.UNKNOWN_FIELD, HttpErrorCode.INVALID_FIELD_TYPE);

    private final Class<T> writable;
    private final ObjectShape root;

    private DocumentShape(Class<T> writable, ObjectShape root) {
        this.writable = writable;
        this.root = root;
    }

    public static <T> DocumentShape<T> of(Class<T> writable, Class<?> readable) {
        return new DocumentShape<>(writable, ObjectShape.of(writable, readable));
    }

    public Class<T> writable() {
        return writable;
    }

    /** Reports every unknown, read-only and mistyped field of {@code document} at once. */
    void check(JsonNode document) {
        List<FieldError> errors = new ArrayList<>();
        root.check(document, "", errors);
        if (!errors.isEmpty()) {
            HttpErrorCode code = SEVERITY.stream()
                    .filter(candidate -> errors.stream().anyMatch(error -> error.code().equals(candidate.name())))
                    .findFirst().orElseThrow();
            throw new RequestRejectedException(code, errors);
        }
    }

    /** The JSON types a field can require. */
    private enum JsonType {
        STRING("must be a string"),
        WHOLE_NUMBER("must be a whole number"),
        BOOLEAN("must be true or false"),
        OBJECT("must be a JSON object");

        private final String expectation;

        JsonType(String expectation) {
            this.expectation = expectation;
        }

        static JsonType of(Class<?> type) {
            if (type == String.class) {
                return STRING;
            }
            if (type == Integer.class || type == int.class) {
                return WHOLE_NUMBER;
            }
            if (type == Boolean.class || type == boolean.class) {
                return BOOLEAN;
            }
            if (Map.class.isAssignableFrom(type) || BeanIntrospector.SHARED.findIntrospection(type).isPresent()) {
                return OBJECT;
            }
            throw new IllegalArgumentException("no JSON type for " + type);
        }

        boolean matches(JsonNode value) {
            return switch (this) {
                case STRING -> value.isString();
                case WHOLE_NUMBER -> isIntegral(value) && value.getBigIntegerValue().bitLength() < Integer.SIZE;
                case BOOLEAN -> value.isBoolean();
                case OBJECT -> value.isObject();
            };
        }

        private static boolean isIntegral(JsonNode value) {
            if (!value.isNumber()) {
                return false;
            }
            Number number = value.getNumberValue();
            return number instanceof Integer || number instanceof Long || number instanceof BigInteger
                    || number instanceof Short || number instanceof Byte;
        }
    }

    /** A field's JSON type and, for a nested record, the shape of that object; free objects have none. */
    private record Field(JsonType type, @Nullable ObjectShape nested) {
    }

    private record ObjectShape(Map<String, Field> fields, Set<String> readOnly) {

        static ObjectShape of(Class<?> writable, @Nullable Class<?> readable) {
            BeanIntrospection<?> writableIntrospection = BeanIntrospection.getIntrospection(writable);
            Optional<BeanIntrospection<?>> readableIntrospection =
                    Optional.ofNullable(readable).map(BeanIntrospection::getIntrospection);
            Map<String, Field> fields = new LinkedHashMap<>();
            for (BeanProperty<?, Object> property : writableIntrospection.getBeanProperties()) {
                Class<?> type = property.getType();
                JsonType jsonType = JsonType.of(type);
                boolean record = jsonType == JsonType.OBJECT && !Map.class.isAssignableFrom(type);
                Class<?> readableType = readableIntrospection.flatMap(answer -> answer.getProperty(property.getName()))
                        .<Class<?>>map(BeanProperty::getType).orElse(null);
                fields.put(property.getName(), new Field(jsonType, record ? of(type, readableType) : null));
            }
            Set<String> readOnly = new LinkedHashSet<>();
            readableIntrospection.ifPresent(answer -> {
                for (String name : answer.getPropertyNames()) {
                    if (!fields.containsKey(name)) {
                        readOnly.add(name);
                    }
                }
            });
            return new ObjectShape(Map.copyOf(fields), Set.copyOf(readOnly));
        }

        void check(JsonNode object, String prefix, List<FieldError> errors) {
            for (Map.Entry<String, JsonNode> entry : object.entries()) {
                String name = entry.getKey();
                String path = prefix + name;
                Field field = fields.get(name);
                JsonNode value = entry.getValue();
                if (field == null) {
                    errors.add(readOnly.contains(name)
                            ? error(HttpErrorCode.READ_ONLY_FIELD, path, "is set by the server and cannot be written")
                            : error(HttpErrorCode.UNKNOWN_FIELD, path, "is not a field of this document"));
                } else if (!value.isNull() && !field.type().matches(value)) {
                    errors.add(error(HttpErrorCode.INVALID_FIELD_TYPE, path, field.type().expectation));
                } else if (!value.isNull() && field.nested() != null) {
                    field.nested().check(value, path + ".", errors);
                }
            }
        }

        private static FieldError error(HttpErrorCode code, String path, String message) {
            return new FieldError(path, code.name(), message);
        }
    }
}
