package org.esafety.school;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.esafety.access.SchoolDirectory;

/** The configured school profiles, loaded once from a YAML file and checked before the service starts. */
public final class SchoolRegistry implements SchoolDirectory {

    private final Map<String, School> schools;

    private SchoolRegistry(List<School> schools) {
        Map<String, School> byId = new LinkedHashMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (School school : schools) {
            check(school);
            if (byId.put(school.id(), school) != null) {
                throw new IllegalStateException("school profile " + school.id() + " is defined twice");
            }
            if (!codes.add(school.code())) {
                // References stay unique per school; only a reader of two schools' references could mix them up.
                io.quarkus.logging.Log.warnf("School profiles share the reference code %s (%s among them): give each"
                        + " school a code of its own", school.code(), school.id());
            }
        }
        this.schools = Map.copyOf(byId);
        this.ordered = List.copyOf(byId.values());
    }

    private final List<School> ordered;

    /** The six profiles the service ships. */
    public static SchoolRegistry standard() {
        try (InputStream in = SchoolRegistry.class.getResourceAsStream("/schools.yaml")) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped school profiles", e);
        }
    }

    /** Profiles from a file, e.g. a local authority's own list. */
    public static SchoolRegistry fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the school profiles " + file, e);
        }
    }

    private static SchoolRegistry read(InputStream in) throws IOException {
        YAMLMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new JavaTimeModule()).build();
        Map<String, List<School>> data = mapper.readValue(in, new TypeReference<>() { });
        return new SchoolRegistry(new ArrayList<>(data.getOrDefault("schools", List.of())));
    }

    private static void check(School s) {
        if (s.id() == null || s.name() == null || s.dslReportDeadline() == null || s.nudesPolicy() == null
                || s.staffAllegations() == null || s.headteacherConcerns() == null || s.chairTitle() == null
                || s.contacts() == null || s.roleInboxes() == null) {
            throw new IllegalStateException("school profile " + s.id() + " misses a required setting");
        }
        if (!s.code().matches("[A-Z0-9]{2,8}")) {
            throw new IllegalStateException("school profile " + s.id() + " has the code " + s.code()
                    + "; a code is 2 to 8 capital letters or digits");
        }
        if (s.timeZone() == null || s.schoolDayEnd() == null || s.immediateWindow() == null
                || s.immediateWindow().isNegative()) {
            throw new IllegalStateException("school profile " + s.id()
                    + " has no valid timeZone, schoolDayEnd or immediateWindow");
        }
    }

    @Override
    public boolean exists(String schoolId) {
        return find(schoolId).isPresent();
    }

    @Override
    public Set<String> ids() {
        return schools.keySet();
    }

    public Optional<School> find(String id) {
        return Optional.ofNullable(id == null ? null : schools.get(id));
    }

    public Collection<School> all() {
        return ordered;
    }
}
