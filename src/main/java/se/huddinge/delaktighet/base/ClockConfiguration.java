package se.huddinge.delaktighet.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the portal. Nothing else asks the system for the time; tests replace this bean and move it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock(PortalSettings settings) {
        return Clock.system(settings.zone());
    }
}
