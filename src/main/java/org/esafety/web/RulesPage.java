package org.esafety.web;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.esafety.access.Roles;
import org.esafety.flowchart.Flowcharts;
import org.esafety.rules.RuleFile;
import org.esafety.rules.RuleInfo;
import org.esafety.rules.RuleSet;
import org.esafety.rules.RuleSetHolder;

/** For auditors: the rule set in force, each file with its rules, the files as loaded, and the scenarios. */
@Path("/rules")
@Produces(MediaType.TEXT_HTML)
public class RulesPage {

    /** A rule file with the rules it holds. */
    public record FileRules(RuleFile file, List<RuleInfo> rules) {
        public long lines() {
            return file.text().lines().count();
        }
    }

    /** A text shown line by line, numbered as compiler messages number them. */
    public record Listing(String name, String sha256, String kind, List<String> lines) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(RuleSet ruleSet, List<FileRules> files, List<Scenarios.Scenario> scenarios,
                                             String flowchart);

        static native TemplateInstance listing(Listing listing);
    }

    private final RuleSetHolder holder;
    private final Scenarios scenarios;
    private final Flowcharts flowchart;

    public RulesPage(RuleSetHolder holder, Scenarios scenarios, Flowcharts flowchart) {
        this.holder = holder;
        this.scenarios = scenarios;
        this.flowchart = flowchart;
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    public TemplateInstance rules() {
        RuleSet set = holder.current();
        List<FileRules> files = set.files().stream()
                .map(f -> new FileRules(f, set.rules().stream().filter(r -> f.name().equals(r.file())).toList())).toList();
        return Templates.rules(set, files, scenarios.all(), flowchart.current().unlit());
    }

    @GET
    @Path("files/{name}")
    @RolesAllowed(Roles.AUDITOR)
    public TemplateInstance file(@PathParam("name") String name) {
        RuleFile file = holder.current().file(name);
        return Templates.listing(new Listing(file.name(), file.sha256(), "Rule file", file.text().lines().toList()));
    }

    @GET
    @Path("scenarios/{name}")
    @RolesAllowed(Roles.AUDITOR)
    public TemplateInstance scenario(@PathParam("name") String name) {
        String text = scenarios.text(name).orElseThrow(NotFoundException::new);
        return Templates.listing(new Listing(name, null, "Scenario", text.lines().toList()));
    }
}
