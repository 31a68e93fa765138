package dev.scrm.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for the scrm domain model, on Jackson 3.
 *
 * <p>{@link #mapper()} reads and writes every model type: ids and value types as plain strings where they
 * are one value ({@link Platform}, {@link CustomerId}, {@link KpiId}, {@link EmailAddress},
 * {@link PhoneNumber}), records as objects, instants as ISO-8601 text, absent optional fields left out.
 * scrm's own formats are read strictly: an unknown property or a missing required one fails with Jackson's
 * exception naming the path. Platform payloads are read elsewhere, tolerantly.
 *
 * <p>Jackson 3 mappers are immutable, so the shared mapper is thread-safe; derive a variant with
 * {@code mapper().rebuild()}.
 */
public final class ScrmJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ScrmJson() {
    }

    /**
     * The shared, immutable mapper for scrm's model types.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
