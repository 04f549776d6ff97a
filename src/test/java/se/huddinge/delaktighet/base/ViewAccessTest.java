package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.Views;

/** Every view, layout and error page says who may see it; a forgotten annotation fails the build. */
class ViewAccessTest {

    private static final String PORTAL = "se.huddinge.delaktighet";

    @Test
    void every_view_declares_who_may_see_it() {
        List<Class<?>> views = Views.all(PORTAL);

        assertThat(views).as("views found").hasSizeGreaterThan(8);
        assertThat(views).allSatisfy(view -> assertThat(Stream.of(AnonymousAllowed.class, PermitAll.class,
                        RolesAllowed.class, DenyAll.class).anyMatch(view::isAnnotationPresent))
                .as("%s declares who may see it", view.getName()).isTrue());
    }

    /**
     * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} are read by Vaadin's navigation access control
     * on views only: Spring's method security does not enforce them (DD37), so on a service they would check
     * nothing. Services say who may call them with {@code @PreAuthorize}.
     */
    @Test
    void only_views_carry_the_jsr_250_role_annotations() {
        var views = Views.all(PORTAL).stream().map(Class::getName).toList();
        var portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PORTAL);

        var annotated = portal.stream().filter(c -> Stream.of(RolesAllowed.class, PermitAll.class, DenyAll.class)
                        .anyMatch(a -> c.isAnnotatedWith(a) || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(a))))
                .map(JavaClass::getName).toList();

        assertThat(annotated).as("classes with a JSR-250 role annotation").isNotEmpty();
        assertThat(annotated).as("only views: on anything else Spring does not check it (DD37)")
                .allMatch(views::contains);
    }
}
