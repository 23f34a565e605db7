package dev.atrium.adapter.rest.json;

import dev.atrium.adapter.rest.problem.FieldError;
import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.RequestRejectedException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
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
 * read-only; any other is unknown. A field may also be create-only: written when the resource is
 * made, refused in a merge patch. Building a shape fails at once for a Java type that has no JSON
 * counterpart here, so a new kind of field cannot slip through unchecked.
 */
public final class DocumentShape<T> {
    /** When several kinds of mistakes are found, the problem is named after the first of these. */
    private static final List<HttpErrorCode> SEVERITY = List.of(HttpErrorCode.READ_ONLY_FIELD,
            HttpErrorCode.CREATE_ONLY_FIELD, HttpErrorCode.UNKNOWN_FIELD, HttpErrorCode.INVALID_FIELD_TYPE);

    private final Class<T> writable;
    private final ObjectShape root;
    private final Set<String> createOnly;

    private DocumentShape(Class<T> writable, ObjectShape root, Set<String> createOnly) {
        this.writable = writable;
        this.root = root;
        this.createOnly = Set.copyOf(createOnly);
    }

    /** A document whose answer is {@code readable}: the answer's other fields are read-only. */
    public static <T> DocumentShape<T> of(Class<T> writable, Class<?> readable) {
        return new DocumentShape<>(writable, ObjectShape.of(writable, readable), Set.of());
    }

    /** A document no answer mirrors (a command's body): every field not written is unknown. */
    public static <T> DocumentShape<T> of(Class<T> writable) {
        return new DocumentShape<>(writable, ObjectShape.of(writable, null), Set.of());
    }

    /** The same shape, where the named top-level fields are written on creation only and refused in a patch. */
    public DocumentShape<T> createOnly(String... fields) {
        for (String field : fields) {
            if (!root.fields().containsKey(field)) {
                throw new IllegalArgumentException(field + " is not a field of " + writable.getSimpleName());
            }
        }
        return new DocumentShape<>(writable, root, Set.of(fields));
    }

    public Class<T> writable() {
        return writable;
    }

    /** Reports every unknown, read-only and mistyped field of a whole {@code document} at once. */
    void check(JsonNode document) {
        report(root.check(document, "", Set.of()));
    }

    /** As {@link #check}, and a create-only field is refused wherever the patch names it, even with {@code null}. */
    void checkPatch(JsonNode patch) {
        report(root.check(patch, "", createOnly));
    }

    private static void report(List<FieldError> errors) {
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
        OBJECT("must be a JSON object"),
        ARRAY("must be a JSON array");

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
            if (Map.class.isAssignableFrom(type) || isRecord(type)) {
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
                case ARRAY -> value.isArray();
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

    private static boolean isRecord(Class<?> type) {
        return !Map.class.isAssignableFrom(type) && BeanIntrospector.SHARED.findIntrospection(type).isPresent();
    }

    /**
     * A field's JSON type and, for a nested record or a list of records, the shape of that object or
     * of each element; free objects have none. Lists of anything but records have no shape here.
     */
    private record Field(JsonType type, @Nullable ObjectShape nested) {

        static Field of(Argument<?> written, @Nullable Argument<?> read) {
            Class<?> type = written.getType();
            if (List.class.isAssignableFrom(type)) {
                Argument<?> element = onlyTypeParameter(written)
                        .filter(candidate -> isRecord(candidate.getType()))
                        .orElseThrow(() -> new IllegalArgumentException("no JSON type for " + written));
                Class<?> readElement = Optional.ofNullable(read).flatMap(Field::onlyTypeParameter)
                        .<Class<?>>map(Argument::getType).orElse(null);
                return new Field(JsonType.ARRAY, ObjectShape.of(element.getType(), readElement));
            }
            JsonType jsonType = JsonType.of(type);
            Class<?> readType = read == null ? null : read.getType();
            return new Field(jsonType, isRecord(type) ? ObjectShape.of(type, readType) : null);
        }

        private static Optional<Argument<?>> onlyTypeParameter(Argument<?> argument) {
            Argument<?>[] parameters = argument.getTypeParameters();
            return parameters.length == 1 ? Optional.of(parameters[0]) : Optional.empty();
        }
    }

    private record ObjectShape(Map<String, Field> fields, Set<String> readOnly) {

        static ObjectShape of(Class<?> writable, @Nullable Class<?> readable) {
            BeanIntrospection<?> writableIntrospection = BeanIntrospection.getIntrospection(writable);
            Optional<BeanIntrospection<?>> readableIntrospection =
                    Optional.ofNullable(readable).map(BeanIntrospection::getIntrospection);
            Map<String, Field> fields = new LinkedHashMap<>();
            for (BeanProperty<?, Object> property : writableIntrospection.getBeanProperties()) {
                Argument<?> read = readableIntrospection.flatMap(answer -> answer.getProperty(property.getName()))
                        .<Argument<?>>map(BeanProperty::asArgument).orElse(null);
                fields.put(property.getName(), Field.of(property.asArgument(), read));
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

        /** The mistakes of {@code object}; a field named in {@code refused} is a mistake whatever its value. */
        List<FieldError> check(JsonNode object, String prefix, Set<String> refused) {
            List<FieldError> errors = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : object.entries()) {
                String name = entry.getKey();
                String path = prefix + name;
                Field field = fields.get(name);
                JsonNode value = entry.getValue();
                if (field == null) {
                    errors.add(readOnly.contains(name)
                            ? error(HttpErrorCode.READ_ONLY_FIELD, path, "is set by the server and cannot be written")
                            : error(HttpErrorCode.UNKNOWN_FIELD, path, "is not a field of this document"));
                } else if (refused.contains(name)) {
                    errors.add(error(HttpErrorCode.CREATE_ONLY_FIELD, path, "is written when the resource is created, never changed by a patch"));
                } else if (!value.isNull() && !field.type().matches(value)) {
                    errors.add(error(HttpErrorCode.INVALID_FIELD_TYPE, path, field.type().expectation));
                } else if (!value.isNull() && field.nested() != null) {
                    errors.addAll(field.type() == JsonType.ARRAY
                            ? checkElements(value, path, field.nested())
                            : field.nested().check(value, path + ".", Set.of()));
                }
            }
            return errors;
        }

        private static List<FieldError> checkElements(JsonNode array, String path, ObjectShape element) {
            List<FieldError> errors = new ArrayList<>();
            for (int index = 0; index < array.size(); index++) {
                String elementPath = path + "[" + index + "]";
                JsonNode value = array.get(index);
                if (value.isObject()) {
                    errors.addAll(element.check(value, elementPath + ".", Set.of()));
                } else {
                    errors.add(error(HttpErrorCode.INVALID_FIELD_TYPE, elementPath, JsonType.OBJECT.expectation));
                }
            }
            return errors;
        }

        private static FieldError error(HttpErrorCode code, String path, String message) {
            return new FieldError(path, code.name(), message);
        }
    }
}
