package se.huddinge.delaktighet.notification.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * Resolves a letter template from a lookup (the administrators' edits, or a text being previewed) and passes to
 * the next resolver when the lookup has none. The edits' parse is kept in the engine's cache, which the renderer
 * empties when the edits change (DD33); a text being previewed is never kept.
 */
public class TextTemplateResolver extends AbstractTemplateResolver {

    private final Function<String, Optional<String>> lookup;
    private final boolean kept;

    public TextTemplateResolver(Function<String, Optional<String>> lookup, int order, boolean kept) {
        this.lookup = lookup;
        this.kept = kept;
        setOrder(order);
        setCheckExistence(true);
    }

    @Override
    protected boolean computeResolvable(IEngineConfiguration configuration, String ownerTemplate, String template,
                                        Map<String, Object> attributes) {
        return lookup.apply(template).isPresent();
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                        String template, Map<String, Object> attributes) {
        return new StringTemplateResource(lookup.apply(template).orElseThrow());
    }

    @Override
    protected TemplateMode computeTemplateMode(IEngineConfiguration configuration, String ownerTemplate,
                                               String template, Map<String, Object> attributes) {
        return TemplateMode.TEXT;
    }

    @Override
    protected ICacheEntryValidity computeValidity(IEngineConfiguration configuration, String ownerTemplate,
                                                  String template, Map<String, Object> attributes) {
        return kept ? AlwaysValidCacheEntryValidity.INSTANCE : NonCacheableCacheEntryValidity.INSTANCE;
    }
}
