package se.huddinge.delaktighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    /** The module diagram kept in the repository, where GitHub draws it (Mermaid). */
    static final Path DIAGRAM = Path.of("docs/modules.md");

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void no_module_reaches_into_another_modules_internals_and_there_are_no_cycles() {
        modules.verify();
    }

    @Test
    void writes_the_module_documentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    /**
     * docs/modules.md is drawn from the code, so it cannot drift: this test fails when a dependency between modules
     * came or went and the file was not rewritten. {@code ./mvnw test -Dtest=ModularityTest -Dmodules.write=true}
     * rewrites it.
     */
    @Test
    void the_module_diagram_in_docs_is_the_code_s() throws IOException {
        String drawn = diagram();
        if (Boolean.getBoolean("modules.write")) {
            Files.writeString(DIAGRAM, drawn, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DIAGRAM, StandardCharsets.UTF_8))
                .as("docs/modules.md differs from the code's modules; rewrite it with "
                        + "./mvnw test -Dtest=ModularityTest -Dmodules.write=true and commit it")
                .isEqualTo(drawn);
    }

    private String diagram() {
        var out = new StringBuilder("""
                # Modules

                Generated from the code by `ModularityTest` (Spring Modulith's model of the packages under
                `se.huddinge.delaktighet`); do not edit by hand. An arrow points from a module to one it depends on:
                a solid arrow where it calls the other's beans or uses its types, a dotted one where it only listens to
                the other's events. `ModularityTest` also checks that no module reaches into another's `internal`
                package and that there are no cycles.

                ```mermaid
                flowchart TD
                """);
        var rows = new StringBuilder("""

                | module | depends on |
                |---|---|
                """);
        for (ApplicationModule module : sorted()) {
            var targets = new TreeSet<String>();
            for (ApplicationModule target : module.getDirectDependencies(modules).uniqueModules()
                    .sorted(Comparator.comparing(ApplicationModule::getName)).toList()) {
                var kinds = module.getDirectDependencies(modules).stream()
                        .filter(d -> target.contains(d.getTargetType()))
                        .map(ApplicationModuleDependency::getDependencyType)
                        .collect(Collectors.toCollection(TreeSet::new));
                boolean onlyEvents = kinds.equals(new TreeSet<>(java.util.Set.of(DependencyType.EVENT_LISTENER)));
                out.append("    ").append(module.getName()).append(onlyEvents ? " -.-> " : " --> ")
                        .append(target.getName()).append('\n');
                targets.add("`" + target.getName() + "`" + (onlyEvents ? " (events only)" : ""));
            }
            rows.append("| `").append(module.getName()).append("` | ")
                    .append(targets.isEmpty() ? "—" : String.join(", ", targets)).append(" |\n");
        }
        return out.append("```\n").append(rows).toString();
    }

    private java.util.List<ApplicationModule> sorted() {
        return modules.stream().sorted(Comparator.comparing(ApplicationModule::getName)).toList();
    }
}
