package se.huddinge.delaktighet.base.web;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Vaadin's Spring lookup answers {@code lookup(type)} for a type outside its own defaults by scanning every jar's
 * {@code META-INF/services} again, on every call, and it does that on every page request (the role prefix holder of
 * the navigation access check) and every bootstrap (the dev-mode handler, absent in production). In the production
 * jar that scan was 3 % of the portal's CPU during the support storm (issue 11, JFR). The services it finds are
 * singletons fixed at start-up, so this lookup remembers each answer, an absent one included; {@code lookupAll}
 * passes through unchanged. The static-file handler it hands out skips the file lookup for pages
 * ({@link PagesAreNotFiles}). Installed once, when the Vaadin service starts, before the servlet asks for that handler.
 */
@Component
class CachedLookup implements VaadinServiceInitListener, Lookup {

    private final transient Map<Class<?>, Optional<?>> answers = new ConcurrentHashMap<>();
    private transient Lookup source;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource().getContext() instanceof VaadinServletContext context) {
            Lookup current = context.getAttribute(Lookup.class);
            if (current != null && current != this) {
                answerFrom(current);
                // VaadinContext.setAttribute refuses to replace a Lookup, so the servlet context's attribute is set
                context.getContext().setAttribute(Lookup.class.getName(), this);
            }
        }
    }

    /** The lookup whose answers this one remembers. */
    void answerFrom(Lookup lookup) {
        source = lookup;
        answers.clear();
    }

    @Override
    public <T> T lookup(Class<T> serviceClass) {
        Optional<?> answer = answers.get(serviceClass);
        if (answer == null) {
            // not computeIfAbsent: a bean created by the first lookup may itself look something up
            Object found = source.lookup(serviceClass);
            answer = Optional.ofNullable(found instanceof StaticFileHandlerFactory files ? new PagesAreNotFiles(files)
                    : found);
            answers.putIfAbsent(serviceClass, answer);
        }
        return serviceClass.cast(answer.orElse(null));
    }

    @Override
    public <T> Collection<T> lookupAll(Class<T> serviceClass) {
        return source.lookupAll(serviceClass);
    }
}
