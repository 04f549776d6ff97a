package se.huddinge.delaktighet;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.server.VaadinContext;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;

/**
 * The build rule of docs/framework-coupling.md: the portal's classes use no framework's {@code internal} packages
 * (only the portal's own modules have packages of that name) and write no servlet-context attribute, which is where
 * a framework keeps its own services. A saving that leans on a framework goes through its public extension points.
 */
class FrameworkCouplingTest {

    private static final String PORTAL = "se.huddinge.delaktighet";
    private final JavaClasses portal = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(PORTAL);

    @Test
    void no_class_of_the_portal_uses_a_frameworks_internal_package() {
        noClasses().that().resideInAPackage(PORTAL + "..")
                .should().dependOnClassesThat(resideInAPackage("..internal..").and(not(resideInAPackage(PORTAL + ".."))))
                .because("a framework's internal package may change in any release (docs/framework-coupling.md)")
                .check(portal);
    }

    @Test
    void no_class_of_the_portal_writes_a_servlet_context_attribute() {
        noClasses().that().resideInAPackage(PORTAL + "..")
                .should().callMethod(ServletContext.class, "setAttribute", String.class, Object.class)
                .orShould().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        JavaClass.Predicates.assignableTo(VaadinContext.class))).and(JavaCall.Predicates.target(
                        HasName.Predicates.name("setAttribute"))))
                .because("frameworks keep their services there (Vaadin its Lookup): docs/framework-coupling.md")
                .check(portal);
    }
}
