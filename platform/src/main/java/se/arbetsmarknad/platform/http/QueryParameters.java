package se.arbetsmarknad.platform.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * A query parameter that cannot be read as its type ({@code ?from=igår}, {@code ?placementId=abc},
 * {@code ?limit=1.5}) is malformed input: a 400 naming the parameter. JAX-RS answers a bare 404 there (its
 * spec treats the query like the path); a path parameter that cannot be read still names nothing that
 * exists, so it stays 404. Booleans are strict too: only {@code true} or {@code false}, where JAX-RS reads
 * anything else as false.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    private record Reader(Function<String, Object> parse, String expected) {
    }

    private static final Reader WHOLE = new Reader(v -> Integer.valueOf(v.strip()), "ska vara ett heltal / must be a whole number");
    private static final Reader LONG = new Reader(v -> Long.valueOf(v.strip()), "ska vara ett heltal / must be a whole number");
    private static final Reader FLAG = new Reader(QueryParameters::flag, "ska vara true eller false / must be true or false");
    private static final Map<Class<?>, Reader> READERS = Map.of(
            Integer.class, WHOLE, int.class, WHOLE, Long.class, LONG, long.class, LONG,
            Boolean.class, FLAG, boolean.class, FLAG,
            UUID.class, new Reader(v -> UUID.fromString(v.strip()), "ska vara ett UUID / must be a UUID"),
            LocalDate.class, new Reader(v -> LocalDate.parse(v.strip()), "ska vara ett datum ÅÅÅÅ-MM-DD / must be a date YYYY-MM-DD"),
            OffsetDateTime.class, new Reader(v -> OffsetDateTime.parse(v.strip()),
                    "ska vara en tidpunkt med tidszon (ISO 8601) / must be a date-time with offset (ISO 8601)"));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Reader reader = READERS.get(rawType);
        String name = queryName(annotations);
        if (reader == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) reader.parse().apply(value);
                } catch (RuntimeException e) {
                    throw ProblemException.invalid(name, reader.expected());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String queryName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
            }
        }
        return null;
    }

    private static Boolean flag(String value) {
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
