package se.huddinge.delaktighet.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.di.ResourceProvider;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.KaribuTest;

class CachedLookupTest extends KaribuTest {

    /** A service nobody provides, like the dev-mode handler in production. */
    public interface Absent {
    }

    @Test
    void the_running_portal_answers_lookups_from_the_remembering_lookup() {
        Lookup lookup = VaadinService.getCurrent().getContext().getAttribute(Lookup.class);

        assertThat(lookup).isInstanceOf(CachedLookup.class);
        assertThat(lookup.lookup(ResourceProvider.class)).isNotNull().isSameAs(lookup.lookup(ResourceProvider.class));
        assertThat(lookup.lookup(Absent.class)).isNull();
    }

    @Test
    void each_service_is_looked_up_once_even_when_nobody_provides_it() {
        var asked = new AtomicInteger();
        Lookup vaadins = Lookup.of("the one", CharSequence.class);
        var cached = new CachedLookup();
        cached.answerFrom(new Lookup() {
            @Override
            public <T> T lookup(Class<T> type) {
                asked.incrementAndGet();
                return vaadins.lookup(type);
            }

            @Override
            public <T> Collection<T> lookupAll(Class<T> type) {
                return List.of();
            }
        });

        for (int i = 0; i < 3; i++) {
            assertThat(cached.lookup(CharSequence.class)).isEqualTo("the one");
            assertThat(cached.lookup(Absent.class)).isNull();
        }
        assertThat(asked).hasValue(2);
    }
}
