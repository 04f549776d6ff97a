package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.huddinge.delaktighet.KaribuTest;
import se.huddinge.delaktighet.SentLinks;
import se.huddinge.delaktighet.nomination.NominationEvents.NominationSubmitted;
import se.huddinge.delaktighet.base.ui.NotFoundView;
import se.huddinge.delaktighet.nomination.NominationService;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.Proposals;

/**
 * Who reaches which page: every route in Vaadin's route registry, visited by an anonymous visitor, an officer, a
 * committee member, an administrator (form sign-in) and a person signed in through the OpenID Connect provider
 * with the officer role, each outcome compared with the table below. A new route without a row fails the test, so
 * no view can be added without deciding who may see it. Routes with parameters are visited with a real sample.
 * "not found" is what Vaadin answers in production to a signed-in person without the role (in Karibu it throws).
 */
@RecordApplicationEvents
class RouteRoleMatrixTest extends KaribuTest {

    /**
     * route template | anonymous | OFFICER | COMMITTEE | ADMIN | OIDC officer. "→ HomeView": the login page sends a
     * signed-in person to the start page; {@code test/trasig} is the tests' own failing view (the error page's test).
     */
    private static final String EXPECTED = """
            (start)                                       | allowed | allowed | allowed | allowed | allowed
            admin/brevmallar                              | sign-in | not found | not found | allowed | not found
            admin/inloggningar                            | sign-in | not found | not found | allowed | not found
            admin/konton                                  | sign-in | not found | not found | allowed | not found
            admin/pris                                    | sign-in | not found | not found | allowed | not found
            admin/pris/omgang/:___url_parameter?          | sign-in | not found | not found | allowed | not found
            demokratipriset                               | allowed | allowed | allowed | allowed | allowed
            demokratipriset/bekrafta/:___url_parameter    | allowed | allowed | allowed | allowed | allowed
            demokratipriset/nominera                      | allowed | allowed | allowed | allowed | allowed
            demokratipriset/vinnare                       | allowed | allowed | allowed | allowed | allowed
            folj/bekrafta/:___url_parameter               | allowed | allowed | allowed | allowed | allowed
            folj/sluta/:___url_parameter                  | allowed | allowed | allowed | allowed | allowed
            forslag                                       | allowed | allowed | allowed | allowed | allowed
            forslag/:reference                            | allowed | allowed | allowed | allowed | allowed
            forslag/bekrafta/:___url_parameter            | allowed | allowed | allowed | allowed | allowed
            forslag/hantera/:___url_parameter             | allowed | allowed | allowed | allowed | allowed
            forslag/nytt                                  | allowed | allowed | allowed | allowed | allowed
            granskning                                    | sign-in | allowed | allowed | allowed | allowed
            granskning/arende                             | sign-in | allowed | allowed | allowed | allowed
            granskning/forslag                            | sign-in | allowed | allowed | allowed | allowed
            granskning/forslag/:id                        | sign-in | allowed | allowed | allowed | allowed
            granskning/kommentarer                        | sign-in | allowed | not found | allowed | allowed
            granskning/lista                              | sign-in | allowed | allowed | allowed | allowed
            granskning/logg                               | sign-in | not found | not found | allowed | not found
            granskning/nomineringar                       | sign-in | allowed | allowed | allowed | allowed
            granskning/pris/:___url_parameter?            | sign-in | allowed | allowed | allowed | allowed
            granskning/pris/beslut/:___url_parameter      | sign-in | not found | allowed | allowed | not found
            granskning/pris/nominering/:___url_parameter  | sign-in | allowed | allowed | allowed | allowed
            granskning/registrera                         | sign-in | allowed | not found | allowed | allowed
            granskning/statistik                          | sign-in | allowed | allowed | allowed | allowed
            granskning/under-grans                        | sign-in | allowed | allowed | allowed | allowed
            granskning/uppfoljning                        | sign-in | allowed | allowed | allowed | allowed
            granskning/utskrift                           | sign-in | allowed | not found | allowed | allowed
            kommentar/bekrafta/:___url_parameter          | allowed | allowed | allowed | allowed | allowed
            kommentar/sluta-sammanfattning/:___url_parameter| allowed | allowed | allowed | allowed | allowed
            kommentar/sluta/:___url_parameter             | allowed | allowed | allowed | allowed | allowed
            konto/losenord                                | sign-in | allowed | allowed | allowed | allowed
            konto/nytt-losenord/:___url_parameter?        | allowed | allowed | allowed | allowed | allowed
            logga-in                                      | allowed | → HomeView | → HomeView | → HomeView | → HomeView
            mina-inskick                                  | allowed | allowed | allowed | allowed | allowed
            mina-inskick/lista/:___url_parameter?         | allowed | allowed | allowed | allowed | allowed
            om-oppna-data                                 | allowed | allowed | allowed | allowed | allowed
            personuppgifter                               | allowed | allowed | allowed | allowed | allowed
            sa-fungerar-det                               | allowed | allowed | allowed | allowed | allowed
            stod/bekrafta/:___url_parameter               | allowed | allowed | allowed | allowed | allowed
            test/trasig                                   | → ErrorView | → ErrorView | → ErrorView | → ErrorView | → ErrorView
            tillganglighet                                | allowed | allowed | allowed | allowed | allowed
            """;

    private static final List<String> WHO = List.of("anonymous", "OFFICER", "COMMITTEE", "ADMIN", "OIDC");

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ApplicationEvents events;
    @Autowired
    PrizeRounds rounds;
    @Autowired
    NominationService nominations;

    private final Map<String, String> samples = new LinkedHashMap<>();

    @BeforeEach
    void samples() {
        var published = new Proposals(proposals, cases, events).published("Fler bänkar vid Trångsundsskogen");
        samples.put("reference", published.reference());
        samples.put("id", String.valueOf(published.id()));
        var round = as("ADMIN", () -> rounds.create(PrizeFixtures.round(2026)));
        clock.setTo("2026-06-15T10:00:00");
        long nomination = nominations.submit(round.id(), PrizeFixtures.nomination(round, "Vårby Dialog",
                PrizeFixtures.NOMINATOR), Locale.of("sv"));
        nominations.confirm(SentLinks.token(events.stream(NominationSubmitted.class).reduce((a, b) -> b).orElseThrow()
                .confirmLink()));
        samples.put("round", String.valueOf(round.id()));
        samples.put("nomination", String.valueOf(nomination));
    }

    @Test
    void every_route_answers_each_identity_as_the_table_says() {
        var actual = new LinkedHashMap<String, List<String>>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String template = route.getTemplate();
            actual.put(template, WHO.stream().map(who -> visit(route, who)).toList());
        }
        String table = actual.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> String.format("%-46s| %s", e.getKey().isEmpty() ? "(start)"
                                : e.getKey().replaceAll("\\(\\^.*\\$\\)", ""),
                        String.join(" | ", e.getValue())))
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(table).as("every route and who reaches it; a new route needs a row").isEqualTo(EXPECTED);
    }

    private String visit(RouteData route, String who) {
        SecurityContextHolder.clearContext();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
        UI.getCurrent().navigate("");
        UI.getCurrent().getPage().reload();
        if (!who.equals("anonymous")) {
            signIn(who);
        }
        String path = path(route);
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException e) {
            return "not found";
        }
        var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass();
        if (shown == route.getNavigationTarget()) {
            return "allowed";
        }
        if (route.getNavigationTarget().isAssignableFrom(shown)) {
            // a Spring proxy of the view: a role check on each of its methods, built at every visit (DD37)
            return "allowed, as a proxy";
        }
        if (shown.getSimpleName().equals("LoginView")) {
            return "sign-in";
        }
        if (shown == NotFoundView.class) {
            return "not found";
        }
        return "→ " + org.springframework.util.ClassUtils.getUserClass(shown).getSimpleName();
    }

    /** The route with a sample for each parameter. */
    private String path(RouteData route) {
        String template = route.getTemplate();
        String target = route.getNavigationTarget().getSimpleName();
        return Arrays.stream(template.split("/")).map(part -> {
            if (!part.startsWith(":")) {
                return part;
            }
            if (part.startsWith(":___url_parameter")) {
                return switch (target) {
                    case "RoundEditView", "PrizeDecisionView", "PrizeReviewView" -> samples.get("round");
                    case "NominationReviewView" -> samples.get("nomination");
                    default -> "prov-token";
                };
            }
            return samples.getOrDefault(part.substring(1).replaceAll("[?*(].*", ""), "x");
        }).collect(Collectors.joining("/"));
    }

    private void signIn(String who) {
        Authentication auth;
        List<String> roles;
        if (who.equals("OIDC")) {
            // as OidcSignIn makes it: the provider's ID token, the portal role mapped from its groups claim
            roles = List.of("OFFICER");
            var authorities = List.of(new SimpleGrantedAuthority("ROLE_OFFICER"));
            var token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(300),
                    Map.of("sub", "u123", "preferred_username", "olle.oidc", "groups", List.of("delaktighet-handlaggare")));
            var user = new DefaultOidcUser(authorities, token, "preferred_username");
            auth = new OAuth2AuthenticationToken(user, authorities, "kommun");
        } else {
            roles = List.of(who);
            var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + who));
            auth = new UsernamePasswordAuthenticationToken(new User(who.toLowerCase(Locale.ROOT), "x", authorities),
                    null, authorities);
        }
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
        UI.getCurrent().getPage().reload();
    }

    private static <T> T as(String role, Supplier<T> step) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(role, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return step.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
