package org.esafety.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import org.esafety.common.Sha256;
import org.esafety.policy.Case;

/**
 * Compiles one flat folder of policy files into a {@link RuleSet}. Usable without Quarkus,
 * so rule tests run on the real {@code rules/} folder in plain JUnit.
 */
public final class RuleCompiler {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

    private RuleCompiler() {
    }

    /**
     * Compiles the folder, or throws {@link RuleCompilationException} naming each file and line. The rule set is
     * every file of the folder: the {@code *.drl} rules, the action catalogue ({@code actions.yaml}), the
     * escalation chain ({@code escalation.yaml}) and whatever else it holds (the flowchart, the README), all
     * in its version; the rules and the catalogue must agree.
     */
    public static RuleSet compile(Path folder, Instant loadedAt) {
        List<RuleFile> files = read(folder);
        List<RuleFile> drls = files.stream().filter(f -> f.name().endsWith(".drl")).toList();
        if (drls.isEmpty()) {
            throw new RuleCompilationException(List.of(new RuleCompilationException.Problem(
                    folder.toString(), "no .drl rule files in the rules folder")));
        }
        String version = RuleSetVersion.of(files);
        List<RuleCompilationException.Problem> problems = new ArrayList<>();
        KieBase kieBase = attempt(() -> build(drls, version), problems);
        ActionCatalogue catalogue = attempt(() -> ActionCatalogue.parse(required(files, ActionCatalogue.FILE)), problems);
        EscalationChain escalation = attempt(() -> EscalationChain.parse(required(files, EscalationChain.FILE)), problems);
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        List<RuleCatalogueReader.RuleText> rules = RuleCatalogueReader.read(drls, kieBase);
        problems.addAll(PolicyConsistency.check(drls, rules, catalogue));
        if (!problems.isEmpty()) {
            throw new RuleCompilationException(problems);
        }
        return new RuleSet(kieBase, version, loadedAt, files,
                rules.stream().map(RuleCatalogueReader.RuleText::info).toList(), catalogue, escalation);
    }

    private static <T> T attempt(java.util.function.Supplier<T> step, List<RuleCompilationException.Problem> problems) {
        try {
            return step.get();
        } catch (RuleCompilationException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private static RuleFile required(List<RuleFile> files, String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new RuleCompilationException(List.of(new RuleCompilationException.Problem(name,
                        "the rules folder has no " + name))));
    }

    static List<RuleFile> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException(List.of(new RuleCompilationException.Problem(
                    folder.toString(), "the rules folder does not exist")));
        }
        try (Stream<Path> paths = Files.list(folder)) {
            List<RuleFile> files = new ArrayList<>();
            // Every regular file directly in the folder (not the scenarios beneath it, not hidden files).
            for (Path p : paths.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                files.add(new RuleFile(p.getFileName().toString(), Sha256.hex(bytes),
                        new String(bytes, StandardCharsets.UTF_8)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rules folder " + folder, e);
        }
    }

    private static KieBase build(List<RuleFile> files, String version) {
        // Drools finds its services through the context class loader: use the loader of the fact classes.
        ClassLoader loader = Case.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            KieServices ks = KieServices.Factory.get();
            KieFileSystem kfs = ks.newKieFileSystem();
            ReleaseId releaseId = ks.newReleaseId("org.esafety", "rules",
                    "1.0.0-" + version.substring("sha256:".length(), "sha256:".length() + 16));
            kfs.generateAndWritePomXML(releaseId);
            for (RuleFile file : files) {
                kfs.write("src/main/resources/" + packagePath(file) + file.name(), file.text());
            }
            KieBuilder builder = ks.newKieBuilder(kfs, loader).buildAll();
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new RuleCompilationException(errors.stream().map(RuleCompiler::problem).toList());
            }
            return ks.newKieContainer(releaseId, loader).getKieBase();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String packagePath(RuleFile file) {
        Matcher m = PACKAGE.matcher(file.text());
        return m.find() ? m.group(1).replace('.', '/') + "/" : "";
    }

    private static RuleCompilationException.Problem problem(Message message) {
        String path = message.getPath() == null ? "rules" : message.getPath();
        String file = path.substring(path.lastIndexOf('/') + 1);
        String location = message.getLine() > 0 ? file + ":" + message.getLine() : file;
        return new RuleCompilationException.Problem(location, message.getText().strip());
    }
}
