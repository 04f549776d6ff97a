package se.huddinge.delaktighet.base.ui;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a page the resident reads first starts the app ({@code portal.web.*}; docs/design-decisions.md, DD45).
 *
 * @param startAfterIdle on a page marked {@link AppStartsOnInteraction}, the app starts on the reader's first tap,
 *                       key, scroll or focus, or when the page has been loaded this long without one (then in the
 *                       browser's next idle moment), so that no page stays without its app
 */
@ConfigurationProperties("portal.web")
public record AppStartSettings(@DefaultValue("PT5S") Duration startAfterIdle) {
}
