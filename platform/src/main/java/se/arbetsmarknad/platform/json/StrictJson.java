package se.arbetsmarknad.platform.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Strict JSON for every service (requests and events alike): a value of the wrong JSON type is a 400
 * naming the field, never silently converted. No number or boolean becomes a string ({@code
 * "personnummer": 199001010017}), no number becomes a date ({@code "startedOn": 20261201} would be epoch
 * day 20 261 201, a date in year 57 444), no fraction is cut to an integer ({@code "employees": 1.5}),
 * and no string becomes a number or boolean. A date is exactly
 * {@code YYYY-MM-DD} with a four-digit year, as the event contracts require. No string carries U+0000:
 * PostgreSQL cannot store it in text, so such a value would end as a 500 after it was accepted. An empty
 * or blank string is not an absent number, flag or id ({@code "placementId": ""}, {@code "bornAbroad":
 * " "}): absent is {@code null} or no property at all.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** ISO calendar date with exactly four year digits (ISO_LOCAL_DATE would also take "+57444-01-01"). */
    static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);

    /** Last, so that these date deserializers win over the ones Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.setDefaultLeniency(false); // java.time: no numbers as dates or instants
        // Strings, numbers and booleans are each only themselves (an integer may still be a decimal number).
        fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String);
        fail(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        // Jackson reads "" (and, trimmed, " " or "\u0000") as null for these; OtherScalar is UUID, URI and the like.
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.OtherScalar }) {
            mapper.coercionConfigFor(type).setAcceptBlankAsEmpty(false)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("strict-json")
                .addDeserializer(String.class, new NoNulString())
                .addDeserializer(LocalDate.class, new DateDeserializer())
                .addDeserializer(OffsetDateTime.class, new TextOnly<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME))
                .addDeserializer(Instant.class, new TextOnly<>(Instant.class, InstantDeserializer.INSTANT)));
    }

    private static void fail(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Any string but one with U+0000 (the coercion rules above still apply: it extends Jackson's own). */
    static final class NoNulString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                return (String) ctxt.handleWeirdStringValue(String.class, value,
                        "tecknet U+0000 är inte tillåtet / the character U+0000 is not allowed");
            }
            return value;
        }
    }

    /** A point in time only as an ISO-8601 string, never as epoch seconds. */
    static final class TextOnly<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<T> iso;

        TextOnly(Class<T> type, JsonDeserializer<T> iso) {
            super(type);
            this.iso = iso;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            return iso.deserialize(p, ctxt);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    /** Only a JSON string {@code YYYY-MM-DD}; not an array [2026, 12, 1], not a number, not an expanded year. */
    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                return LocalDate.parse(text, DATE);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text,
                        "ska vara ett datum ÅÅÅÅ-MM-DD / must be a date YYYY-MM-DD");
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
