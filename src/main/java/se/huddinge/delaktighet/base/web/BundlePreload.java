package se.huddinge.delaktighet.base.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The production bundle's first modules, announced in the page's head ({@code <link rel="modulepreload">}), so a
 * phone fetches them while it waits for the page's first answer from the server. Without this the browser learns
 * of them one step at a time: the page loads the bundle's entry script, which asks the server for the view
 * ({@code ?v-r=init}) and only then imports Vaadin's client (FlowClient, 150 KB) and the components every page uses
 * (button, text field, notification, ...); on a slow mobile connection each step costs a round trip (docs/benchmarks.md,
 * "Lighthouse"). The modules are the ones the entry script imports, read from the bundle in the jar once at start;
 * their names carry their content's hash, so they are kept a year ({@code security/StaticFileCaching}). In
 * development Vaadin serves its own bundle and nothing is added.
 */
@Component
class BundlePreload implements VaadinServiceInitListener, IndexHtmlRequestListener {

    static final String WEBAPP = "META-INF/VAADIN/webapp/";
    private static final Pattern ENTRY = Pattern.compile("\\./VAADIN/build/(indexhtml-[A-Za-z0-9_-]+\\.js)");
    private static final Pattern IMPORTED = Pattern.compile("[\"'`]\\./([A-Za-z0-9_.-]+\\.js)[\"'`]");

    private List<String> modules = List.of();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource().getDeploymentConfiguration().isProductionMode()) {
            modules = modules(file -> read(WEBAPP + file));
            if (!modules.isEmpty()) {
                event.addIndexHtmlRequestListener(this);
            }
        }
    }

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        var head = response.getDocument().head();
        // the entry script and what Vite announced itself are in the page already
        var announced = new HashSet<String>(head.select("script[src]").eachAttr("src"));
        announced.addAll(head.select("link[rel=modulepreload]").eachAttr("href"));
        for (String module : modules) {
            String href = "./VAADIN/build/" + module;
            if (!announced.contains(href)) {
                head.appendElement("link").attr("rel", "modulepreload").attr("crossorigin", "").attr("href", href);
            }
        }
    }

    /**
     * The modules the bundle's entry script imports, in its order; none when the bundle has no {@code index.html} or
     * entry script (a bundle Vaadin did not build this way).
     */
    static List<String> modules(Function<String, Optional<String>> webappFile) {
        return webappFile.apply("index.html").map(ENTRY::matcher).filter(m -> m.find())
                .flatMap(entry -> webappFile.apply("VAADIN/build/" + entry.group(1)))
                .map(script -> {
                    var found = new LinkedHashSet<String>();
                    IMPORTED.matcher(script).results().forEach(m -> found.add(m.group(1)));
                    return List.copyOf(found);
                })
                .orElse(List.of());
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = BundlePreload.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
