package org.esafety.ops;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * The keys of the service's own {@code @ConfigMapping} interfaces, found among the compiled classes: the prefix,
 * then each method's name in kebab case (or its {@code @WithName}), through nested groups; a map adds a segment
 * that stands for any name.
 */
final class MappingKeys {

    private MappingKeys() {
    }

    /** The keys of every {@code @ConfigMapping} interface among the compiled classes. */
    static List<String> of(Path classes) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, ConfigKeys.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
                if (mapping != null) {
                    walk(type, mapping.prefix(), keys);
                }
            }
        }
        return keys;
    }

    private static void walk(Class<?> type, String prefix, List<String> keys) {
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() > 0 || Modifier.isStatic(method.getModifiers()) || method.isDefault()) {
                continue;
            }
            String segment = method.isAnnotationPresent(WithParentName.class) ? ""
                    : method.isAnnotationPresent(WithName.class) ? method.getAnnotation(WithName.class).value()
                    : kebab(method.getName());
            String key = segment.isEmpty() ? prefix : prefix + "." + segment;
            Class<?> group = group(method.getGenericReturnType());
            if (Map.class.isAssignableFrom(method.getReturnType())) {
                key = key + ".*";
            }
            if (group != null) {
                walk(group, key, keys);
            } else {
                keys.add(key);
            }
        }
    }

    /** The config group a method returns (directly, in an Optional, a List or as a Map's values), or null. */
    private static Class<?> group(Type type) {
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return group(args[args.length - 1]);
        }
        return type instanceof Class<?> c && c.isInterface() && c.getName().startsWith("org.esafety.") ? c : null;
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
