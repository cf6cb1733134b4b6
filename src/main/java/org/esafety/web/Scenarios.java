package org.esafety.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.enterprise.context.ApplicationScoped;

import org.esafety.rules.RulesConfig;

/** The scenarios beside the rules ({@code rules/scenarios/*.yaml}) as the rules page lists them: read from disk. */
@ApplicationScoped
public class Scenarios {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One scenario: its file, title, the policy it comes from, and what it expects. */
    public record Scenario(String file, String title, String source, String category, String legality,
                           List<String> actions) {
    }

    private final RulesConfig config;

    public Scenarios(RulesConfig config) {
        this.config = config;
    }

    public List<Scenario> all() {
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Scenario> found = new ArrayList<>();
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                found.add(read(file));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scenario file's text, only for a plain file name inside the folder. */
    public Optional<String> text(String name) {
        if (!name.matches("[A-Za-z0-9._-]+\\.yaml")) {
            return Optional.empty();
        }
        Path file = folder().resolve(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folder() {
        return Path.of(config.dir()).resolve("scenarios");
    }

    private static Scenario read(Path file) throws IOException {
        JsonNode node = YAML.readTree(file.toFile());
        List<String> actions = new ArrayList<>();
        node.path("expect").path("actions").forEach(a -> actions.add(a.path("code").asText()));
        return new Scenario(file.getFileName().toString(), node.path("title").asText(), node.path("source").asText(),
                node.path("facts").path("category").asText(), node.path("expect").path("legality").asText(""), actions);
    }
}
