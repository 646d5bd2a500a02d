package io.vcdsim.model;

import io.vcdsim.core.ApiException;
import io.vcdsim.core.Lengths;
import io.vcdsim.core.Urls;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One walk over any settings document's fields, driven by their JAXB names and {@link Check} marks: a PUT
 * merged over what is stored, the result checked, secrets taken out for a GET. Every part is handled
 * alike, so a new part needs its model class and nothing here.
 */
public final class SettingsFields {
    /** A text field without its own {@link Check.Length}. */
    static final int DEFAULT_LENGTH = 255;
    /** Realms, domains: more than this in one document is a mistake, not a configuration. */
    static final int MAX_ITEMS = 100;

    private SettingsFields() {
    }

    /** Copies into {@code stored} what {@code in} gives: an absent field stays, a read-only one is ignored. */
    public static void merge(Object stored, Object in) {
        for (Field f : fields(stored.getClass())) {
            Object value = get(f, in);
            if (value == null || f.isAnnotationPresent(Check.ReadOnly.class)) {
                continue;
            }
            Object old = get(f, stored);
            if (nested(value) && old != null) {
                merge(old, value);
            } else {
                set(f, stored, value);
            }
        }
    }

    /** Refuses, with vCD's 400, the first value its field's marks do not allow. */
    public static void check(Object doc, String where) {
        for (Field f : fields(doc.getClass())) {
            Object value = get(f, doc);
            String name = where + name(f);
            if (value instanceof List<?> list) {
                if (list.size() > MAX_ITEMS) {
                    throw ApiException.badRequest(name + " is listed at most " + MAX_ITEMS + " times.");
                }
                for (Object item : list) {
                    if (item == null) { // a JSON list may hold a null where XML cannot
                        throw ApiException.badRequest(name + " has an empty item.");
                    }
                    checkValue(f, item, name);
                }
            } else if (value != null) {
                checkValue(f, value, name);
            }
        }
    }

    private static void checkValue(Field f, Object value, String name) {
        if (value instanceof String s) {
            checkText(f, s, name);
        } else if (value instanceof Number n) {
            Check.Range r = f.getAnnotation(Check.Range.class);
            if (r != null && (n.longValue() < r.min() || n.longValue() > r.max())) {
                throw ApiException.badRequest(name + " is " + r.min() + " to " + r.max() + "; not " + n + ".");
            }
        } else if (nested(value)) {
            check(value, name + ".");
        }
    }

    private static void checkText(Field f, String s, String name) {
        Check.Length length = f.getAnnotation(Check.Length.class);
        Lengths.atMost(s, length == null ? DEFAULT_LENGTH : length.value(), name);
        Check.OneOf oneOf = f.getAnnotation(Check.OneOf.class);
        if (oneOf != null && !Arrays.asList(oneOf.value()).contains(s)) {
            throw ApiException.badRequest(name + " is one of " + String.join(", ", oneOf.value()) + "; not '" + s
                    + "'.");
        }
        Check.Pattern pattern = f.getAnnotation(Check.Pattern.class);
        if (pattern != null && !s.matches(pattern.value())) {
            throw ApiException.badRequest(name + " has the form " + pattern.example() + "; not '" + s + "'.");
        }
        if (f.isAnnotationPresent(Check.Url.class) && !s.isBlank()) {
            Urls.http(s, length == null ? DEFAULT_LENGTH : length.value(), name);
        }
        if (f.isAnnotationPresent(Check.DateTime.class) && !s.isBlank()) {
            try {
                OffsetDateTime.parse(s.trim());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(name + " is a date and time such as 2013-10-01T00:00:00Z; not '" + s
                        + "'.");
            }
        }
    }

    /** Takes the write-only values out of a document about to be shown. */
    public static void hideSecrets(Object doc) {
        for (Field f : fields(doc.getClass())) {
            Object value = get(f, doc);
            if (f.isAnnotationPresent(Check.Secret.class)) {
                set(f, doc, null);
            } else if (value instanceof List<?> list) {
                list.stream().filter(SettingsFields::nested).forEach(SettingsFields::hideSecrets);
            } else if (value != null && nested(value)) {
                hideSecrets(value);
            }
        }
    }

    /** A settings type of the model: walked into, where texts, numbers, booleans and lists are values. */
    private static boolean nested(Object value) {
        return value != null && value.getClass().getPackageName().equals(Resource.class.getPackageName());
    }

    private static String name(Field f) {
        XmlElement e = f.getAnnotation(XmlElement.class);
        return e != null ? e.name() : f.getAnnotation(XmlAttribute.class).name();
    }

    /** The document's own fields, up to (not with) ResourceType's href, type and links. */
    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Resource.class && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                boolean bound = f.isAnnotationPresent(XmlElement.class) || f.isAnnotationPresent(XmlAttribute.class);
                if (bound && !Modifier.isStatic(f.getModifiers())) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static Object get(Field f, Object o) {
        try {
            return f.getDeclaringClass().isInstance(o) ? f.get(o) : null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field f, Object o, Object value) {
        try {
            f.set(o, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
