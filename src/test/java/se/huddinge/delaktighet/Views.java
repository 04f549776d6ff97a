package se.huddinge.delaktighet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The portal's views, layouts and error views, found as Vaadin's start-up scan finds them (package-private
 * classes included, which Karibu's own discovery skips). Views registered only in some profiles are left out.
 */
public record Views(List<Class<? extends Component>> views, List<Class<? extends RouterLayout>> layouts,
                    List<Class<? extends HasErrorParameter<?>>> errorViews) {

    public static Views scan(String pkg) {
        return new Views(
                find(pkg, new AnnotationTypeFilter(Route.class)).stream()
                        .filter(c -> c.getAnnotation(Route.class).registerAtStartup())
                        .<Class<? extends Component>>map(c -> c.asSubclass(Component.class)).toList(),
                find(pkg, new AnnotationTypeFilter(Layout.class)).stream()
                        .<Class<? extends RouterLayout>>map(c -> c.asSubclass(RouterLayout.class)).toList(),
                find(pkg, new AssignableTypeFilter(HasErrorParameter.class)).stream()
                        .<Class<? extends HasErrorParameter<?>>>map(Views::errorView).toList());
    }

    /** Every class that is a view, a layout or an error view. */
    public static List<Class<?>> all(String pkg) {
        var scanner = scanner();
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        return load(scanner, pkg);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends HasErrorParameter<?>> errorView(Class<?> c) {
        return (Class<? extends HasErrorParameter<?>>) c;
    }

    private static List<Class<?>> find(String pkg, org.springframework.core.type.filter.TypeFilter filter) {
        var scanner = scanner();
        scanner.addIncludeFilter(filter);
        return load(scanner, pkg);
    }

    private static ClassPathScanningCandidateComponentProvider scanner() {
        return new ClassPathScanningCandidateComponentProvider(false);
    }

    private static List<Class<?>> load(ClassPathScanningCandidateComponentProvider scanner, String pkg) {
        return scanner.findCandidateComponents(pkg).stream().<Class<?>>map(bd -> {
            try {
                return Class.forName(bd.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
