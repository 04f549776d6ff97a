package se.huddinge.delaktighet.notification.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Development only: an SMTP server inside the app (GreenMail) that keeps every letter, and the page where staff
 * read them. Production has neither: the jar leaves GreenMail out and the page is registered only here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@ConditionalOnProperty(name = "portal.mail.embedded", havingValue = "true")
class DevMailServer {

    /** On {@code spring.mail.port}; 0 (the dev profile's): any free port, so two checkouts' portals run side by side. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail devSmtpServer(@Value("${spring.mail.port}") int port) {
        return new GreenMail(new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP));
    }

    /** The portal's mail sender sends to the port the server got. */
    @Bean
    static BeanPostProcessor devSmtpPort(ObjectProvider<GreenMail> server) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof JavaMailSenderImpl sender) {
                    sender.setPort(server.getObject().getSmtp().getPort());
                }
                return bean;
            }
        };
    }

    @Bean
    VaadinServiceInitListener devMailRoute() {
        return event -> RouteConfiguration.forApplicationScope().setAnnotatedRoute(DevMailView.class);
    }
}
