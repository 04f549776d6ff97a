package se.huddinge.delaktighet.base.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The savings that lean on how a framework version behaves, each with its switch ({@code portal.framework.*});
 * docs/framework-coupling.md lists them with the test that guards each.
 *
 * @param pagesAreNotFiles a path without a dot outside {@code /VAADIN/} goes to the router without Vaadin's
 *                         static-file lookup ({@link PagesAreNotFiles}); also off by itself on a Vaadin minor version
 *                         it was not written for
 */
@ConfigurationProperties("portal.framework")
public record FrameworkSettings(@DefaultValue("true") boolean pagesAreNotFiles) {
}
