package org.esafety.incident;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.esafety.policy.Responsible;

/** Stores a set of roles as their names, comma-separated and sorted; null stays null (not recorded). */
@Converter
public class RoleSetConverter implements AttributeConverter<Set<Responsible>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Responsible> roles) {
        return roles == null ? null : roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Responsible> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        Set<Responsible> roles = EnumSet.noneOf(Responsible.class);
        Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(Responsible::valueOf).forEach(roles::add);
        return roles;
    }
}
