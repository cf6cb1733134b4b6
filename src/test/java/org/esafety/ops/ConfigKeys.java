package org.esafety.ops;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The configuration keys the service reads, to tell whether an environment variable configures anything:
 * <ul>
 * <li>every key of every Quarkus extension on the class path, from the configuration model each extension ships
 * ({@code META-INF/quarkus-config-doc/quarkus-config-model.json}, the source of the Quarkus configuration
 * reference), with its phase: a build-time key cannot be changed by a variable at run time;</li>
 * <li>every key of the service's own {@code @ConfigMapping} interfaces ({@code esafety.*});</li>
 * <li>every key set in {@code application.properties}, under any profile.</li>
 * </ul>
 * A variable names a key when it equals the key with every character other than a letter or digit replaced by
 * {@code _} and upper-cased (MicroProfile Config, "Environment Variables Mapping Rules"); a quoted segment of a
 * key ({@code quarkus.log.category."name".level}) stands for any name.
 */
final class ConfigKeys {

    /** A key, its phase (RUN_TIME, BUILD_TIME, BUILD_AND_RUN_TIME_FIXED, or SERVICE for the service's own). */
    record Key(String property, String phase, Pattern env) {
        boolean runtime() {
            return "RUN_TIME".equals(phase) || "SERVICE".equals(phase);
        }
    }

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\\*");

    private final List<Key> keys;

    private ConfigKeys(List<Key> keys) {
        this.keys = keys;
    }

    static ConfigKeys ofService(Path classes, Path applicationProperties) throws IOException {
        List<Key> keys = new ArrayList<>();
        Enumeration<URL> models = ConfigKeys.class.getClassLoader()
                .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
        ObjectMapper json = new ObjectMapper();
        while (models.hasMoreElements()) {
            try (InputStream in = models.nextElement().openStream()) {
                collect(json.readTree(in), keys);
            }
        }
        for (String property : MappingKeys.of(classes)) {
            keys.add(key(property, "SERVICE"));
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(applicationProperties)) {
            properties.load(in);
        }
        for (String name : properties.stringPropertyNames()) {
            String property = name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name;
            keys.add(key(property, property.startsWith("quarkus.") ? phaseOf(keys, property) : "SERVICE"));
        }
        return new ConfigKeys(keys);
    }

    /** The key a variable sets, preferring a run-time one when several match. */
    Optional<Key> forVariable(String variable) {
        return keys.stream().filter(k -> k.env().matcher(variable).matches())
                .min((x, y) -> Boolean.compare(!x.runtime(), !y.runtime()));
    }

    int size() {
        return keys.size();
    }

    static Key key(String property, String phase) {
        StringBuilder regex = new StringBuilder();
        Matcher quoted = QUOTED.matcher(property);
        int at = 0;
        while (quoted.find()) {
            regex.append(Pattern.quote(envName(property.substring(at, quoted.start()))));
            regex.append("_?[A-Z0-9_]+_?");
            at = quoted.end();
        }
        regex.append(Pattern.quote(envName(property.substring(at))));
        return new Key(property, phase, Pattern.compile(regex.toString()));
    }

    private static String envName(String text) {
        return text.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static String phaseOf(List<Key> known, String property) {
        String env = envName(property);
        return known.stream().filter(k -> !"SERVICE".equals(k.phase()) && k.env().matcher(env).matches())
                .map(Key::phase).findFirst().orElse("UNKNOWN");
    }

    private static void collect(JsonNode node, List<Key> keys) {
        if (node.isObject()) {
            JsonNode path = node.get("path");
            if (path != null && path.has("property") && node.has("phase")) {
                keys.add(key(path.get("property").asText(), node.get("phase").asText()));
                for (JsonNode extra : node.path("additionalPaths")) {
                    keys.add(key(extra.path("property").asText(), node.get("phase").asText()));
                }
            }
            node.elements().forEachRemaining(child -> collect(child, keys));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, keys));
        }
    }
}
