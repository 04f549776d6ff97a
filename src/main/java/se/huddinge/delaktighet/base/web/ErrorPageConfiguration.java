package se.huddinge.delaktighet.base.web;

import org.apache.catalina.Host;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * Every error page a visitor can meet is the portal's: Vaadin's views for what reaches a view, and
 * {@link PlainErrorPage} for the rest, at both places where the rest is answered, each with the security headers
 * every page carries ({@link ResponseHeaders}). Tomcat answers the requests it refuses itself (its host's error
 * report valve is replaced); Spring answers what it refuses, e.g. the security firewall's "//" or "%25", through
 * {@code /error} ({@link PortalErrorController} in place of Boot's English "Whitelabel" page and JSON).
 */
@Configuration(proxyBeanMethods = false)
class ErrorPageConfiguration {

    @Bean
    PlainErrorPage plainErrorPage(PortalI18n i18n) {
        return new PlainErrorPage(i18n);
    }

    /** After Boot's own customizer, which puts a plain {@link ErrorReportValve} on the host. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> portalErrorReportValve(PlainErrorPage page,
                                                                                      ResponseHeaders headers) {
        return factory -> factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (var valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            // the host adds a valve of this class when it starts, unless it has one: ours
            ((StandardHost) host).setErrorReportValveClass(PortalErrorReportValve.class.getName());
            host.getPipeline().addValve(new PortalErrorReportValve(page.html(), headers));
        });
    }
}
