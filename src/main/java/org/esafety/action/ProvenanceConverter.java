package org.esafety.action;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.esafety.rules.RuleRef;

/** Stores rule provenance as a JSON array of {@code {"id", "name", "source"}}. */
@Converter
public class ProvenanceConverter implements AttributeConverter<List<RuleRef>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<RuleRef>> TYPE = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(List<RuleRef> provenance) {
        try {
            return provenance == null ? null : JSON.writeValueAsString(provenance);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store rule provenance", e);
        }
    }

    @Override
    public List<RuleRef> convertToEntityAttribute(String column) {
        try {
            return column == null ? null : List.copyOf(JSON.readValue(column, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rule provenance is not JSON", e);
        }
    }
}
