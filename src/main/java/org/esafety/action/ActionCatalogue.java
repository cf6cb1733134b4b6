package org.esafety.action;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.esafety.policy.DeadlineKind;
import org.esafety.policy.Responsible;

/** Decision-table §5 and §6 as data: every action code's band, wording, default role and deadline. */
public final class ActionCatalogue {

    /** One action code as the catalogue describes it. */
    public record Entry(int band, String title, String text, Responsible responsible, DeadlineKind deadline,
                        String contact, boolean sanction) {
    }

    private record Data(Map<String, Entry> actions, Map<String, String> instructions) {
    }

    private static final String RESOURCE = "/catalogue/actions.yaml";

    private final Map<String, Entry> actions;
    private final Map<String, String> instructions;

    private ActionCatalogue(Data data) {
        this.actions = Map.copyOf(data.actions());
        this.instructions = Map.copyOf(data.instructions());
    }

    /** The catalogue shipped with the service. */
    public static ActionCatalogue standard() {
        try (InputStream in = ActionCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the action catalogue " + RESOURCE + " is missing");
            }
            YAMLMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            return new ActionCatalogue(mapper.readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the action catalogue", e);
        }
    }

    public Optional<Entry> action(String code) {
        return Optional.ofNullable(actions.get(code));
    }

    public Optional<String> instruction(String code) {
        return Optional.ofNullable(instructions.get(code));
    }

    public Map<String, Entry> actions() {
        return actions;
    }

    public Map<String, String> instructions() {
        return instructions;
    }
}
