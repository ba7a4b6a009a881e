package se.arbetsmarknad.placement.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.annotation.JsonValue;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * An enum whose constants have a stable code, the constant's name in lower case with hyphens
 * ({@code SFI_1} is {@code "sfi-1"}): the value on the wire, in events and in the database. Java code
 * works with the constants; only the edges see the codes.
 */
public interface Coded {

    @JsonValue
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The constant with this code; a 400 naming {@code field} and the allowed codes otherwise. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code, String field) {
        return find(type, code).orElseThrow(() -> ProblemException.invalid(field, unknown(codes(type), code)));
    }

    /** Like {@link #parse} for an optional value: null stays null. */
    static <E extends Enum<E> & Coded> E parseOptional(Class<E> type, String code, String field) {
        return code == null ? null : parse(type, code, field);
    }

    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return codes(Arrays.asList(type.getEnumConstants()));
    }

    static List<String> codes(List<? extends Coded> values) {
        return values.stream().map(Coded::code).toList();
    }

    static String unknown(List<String> allowed, String code) {
        return "okänt värde / unknown value '" + code + "'; en av / one of " + allowed;
    }

    /**
     * For ordered levels: {@code actual} (null or {@code unknown}: not known) is at least {@code required}
     * (null: nothing required).
     */
    static <E extends Enum<E>> boolean atLeast(E actual, E required, E unknown) {
        return required == null || (actual != null && actual != unknown && actual.ordinal() >= required.ordinal());
    }

    /** Stores an enum as its code (the schema's check constraints list the codes). */
    abstract class Column<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {
        private final Class<E> type;

        protected Column(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.code();
        }

        @Override
        public E convertToEntityAttribute(String code) {
            return code == null ? null : find(type, code).orElseThrow(() -> new IllegalStateException(
                    "stored " + type.getSimpleName() + " '" + code + "' is not a known code"));
        }
    }
}
