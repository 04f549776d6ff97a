package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void every_view_declares_who_may_see_it() {
        List<Class<?>> views = Views.all("se.huddinge.delaktighet");

        assertThat(views).as("views found").hasSizeGreaterThan(8);
        assertThat(views).allSatisfy(view -> assertThat(Stream.of(AnonymousAllowed.class, PermitAll.class,
                        RolesAllowed.class, DenyAll.class).anyMatch(view::isAnnotationPresent))
                .as("%s declares who may see it", view.getName()).isTrue());
    }
}
