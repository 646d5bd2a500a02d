package io.vcdsim.rde;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.vcdsim.core.ApiException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON Schema checks of entity types and entities (networknt's json-schema-validator). vCD assumes draft 4 when a
 * schema names no {@code $schema}; one that does is read by the draft it names.
 */
final class EntitySchemas {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
    private static final Schema DRAFT_4 = REGISTRY.getSchema(SchemaLocation.of(
            SpecificationVersion.DRAFT_4.getDialectId()));

    private EntitySchemas() {
    }

    /** A type's schema, checked against draft 4's meta-schema and compiled: a 400 says what is wrong. */
    static void requireValid(String schemaJson) {
        JsonNode schema = node(schemaJson);
        List<Error> errors = DRAFT_4.validate(schema);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("The entity type's schema is not a valid JSON schema: " + join(errors));
        }
        try {
            REGISTRY.getSchema(schema).validate(RdeJson.MAPPER.createObjectNode());
        } catch (RuntimeException e) {
            throw ApiException.badRequest("The entity type's schema cannot be used: " + e.getMessage());
        }
    }

    /** What is wrong with an entity by its type's schema: null when it is valid. */
    static String violations(String schemaJson, String entityJson) {
        List<Error> errors = REGISTRY.getSchema(node(schemaJson)).validate(node(entityJson));
        return errors.isEmpty() ? null : join(errors);
    }

    private static String join(List<Error> errors) {
        return errors.stream().map(Error::getMessage).collect(Collectors.joining("; "));
    }

    private static JsonNode node(String json) {
        try {
            return RdeJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
