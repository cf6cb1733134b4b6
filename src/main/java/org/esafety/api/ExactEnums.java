package org.esafety.api;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Enum values are exactly one of the names (api.md "no coercion"): Jackson trims an unknown name and tries again, so
 * "VICTIM\t" was read as VICTIM. A string that is not a name is an unknown value at its field (400).
 */
final class ExactEnums extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                      BeanDescription description, JsonDeserializer<?> reader) {
        return new ExactEnum(reader, type.getRawClass());
    }

    /** Reads with Jackson's own enum reader once the string is known to be a name as sent. */
    static final class ExactEnum extends DelegatingDeserializer {

        private final Class<?> type;
        private final Set<String> names;

        ExactEnum(JsonDeserializer<?> reader, Class<?> type) {
            super(reader);
            this.type = type;
            this.names = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.toUnmodifiableSet());
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> reader) {
            return new ExactEnum(reader, type);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING) && !names.contains(p.getText())) {
                return ctxt.handleWeirdStringValue(type, p.getText(), "not exactly one of the names of %s",
                        type.getSimpleName());
            }
            return super.deserialize(p, ctxt);
        }
    }
}
