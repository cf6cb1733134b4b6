package org.esafety.incident;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.esafety.common.Json;
import org.esafety.policy.Circumstances;

/** Stores an incident's circumstances as canonical JSON (null flags kept: unknown is an answer). */
@Converter
public class CircumstancesConverter implements AttributeConverter<Circumstances, String> {

    @Override
    public String convertToDatabaseColumn(Circumstances circumstances) {
        return Json.write(circumstances == null ? Circumstances.unknown() : circumstances);
    }

    @Override
    public Circumstances convertToEntityAttribute(String column) {
        return column == null ? Circumstances.unknown() : Json.read(column, Circumstances.class);
    }
}
