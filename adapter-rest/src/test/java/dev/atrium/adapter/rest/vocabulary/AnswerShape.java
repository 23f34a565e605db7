package dev.atrium.adapter.rest.vocabulary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a JSON value written in the docs has the shape of a response record, field by field and
 * all the way down: every field the record always writes is there, and no field it does not have.
 * A field the record leaves out when empty ({@code @JsonInclude} other than ALWAYS, or a nullable
 * field of a record that says nothing) may be left out. An object holding {@code "..."} is
 * abridged on purpose: it need not list every field, but those it lists must exist.
 */
final class AnswerShape {
    static final String ELISION = "...";

    private AnswerShape() {
    }

    /** The mistakes of {@code example} as a {@code type}, each with its dotted path; empty when it fits. */
    static List<String> mistakes(Object example, Class<?> type) {
        List<String> mistakes = new ArrayList<>();
        check(example, type, type.getSimpleName(), mistakes);
        return mistakes;
    }

    private static void check(Object value, Type type, String path, List<String> mistakes) {
        if (value == null) {
            return;
        }
        if (type instanceof ParameterizedType list && List.class.equals(list.getRawType())) {
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    check(items.get(i), list.getActualTypeArguments()[0], path + "[" + i + "]", mistakes);
                }
            } else {
                mistakes.add(path + " is not an array");
            }
            return;
        }
        if (!(type instanceof Class<?> record) || !record.isRecord()) {
            return;
        }
        if (!(value instanceof Map<?, ?> object)) {
            mistakes.add(path + " is not an object");
            return;
        }
        List<String> names = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = jsonName(component);
            names.add(name);
            if (object.containsKey(name)) {
                check(object.get(name), component.getGenericType(), path + "." + name, mistakes);
            } else if (!object.containsKey(ELISION) && alwaysWritten(record, component)) {
                mistakes.add(path + "." + name + " is missing");
            }
        }
        object.keySet().stream()
                .map(String::valueOf)
                .filter(name -> !name.equals(ELISION) && !names.contains(name))
                .forEach(name -> mistakes.add(path + "." + name + " is no field of " + record.getSimpleName()));
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = annotationOf(component, JsonProperty.class);
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    private static boolean alwaysWritten(Class<?> record, RecordComponent component) {
        JsonInclude inclusion = annotationOf(component, JsonInclude.class);
        if (inclusion == null) {
            inclusion = record.getAnnotation(JsonInclude.class);
        }
        if (inclusion != null) {
            return inclusion.value() == JsonInclude.Include.ALWAYS;
        }
        return annotationOf(component, Nullable.class) == null;
    }

    /** An annotation written on a component lands on its accessor, not on the component, unless it targets components. */
    private static <A extends Annotation> A annotationOf(RecordComponent component, Class<A> annotation) {
        A found = component.getAnnotation(annotation);
        return found != null ? found : component.getAccessor().getAnnotation(annotation);
    }
}
