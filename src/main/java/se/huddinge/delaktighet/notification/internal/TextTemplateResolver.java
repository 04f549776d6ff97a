package se.huddinge.delaktighet.notification.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.cache.NonCacheableCacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * Resolves a letter template from a lookup (the administrators' edits, or a text being previewed) and passes to
 * the next resolver when the lookup has none. Never cached, so an edit counts at once on every instance.
 */
public class TextTemplateResolver extends AbstractTemplateResolver {

    private final Function<String, Optional<String>> lookup;

    public TextTemplateResolver(Function<String, Optional<String>> lookup, int order) {
        this.lookup = lookup;
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
        return NonCacheableCacheEntryValidity.INSTANCE;
    }
}
