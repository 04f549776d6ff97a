package se.huddinge.delaktighet.devdata;

import se.huddinge.delaktighet.security.StaffRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.LetterLinks;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalEvents;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalRules;
import se.huddinge.delaktighet.proposal.ProposalService;

/**
 * Demo proposals in several states, made through the real services as residents and officers would (the events
 * name the links; their tokens are minted as the letters mint them).
 */
@Component
class DemoProposals {

    private static final Locale SV = Locale.of("sv");
    private final ProposalService service;
    private final ProposalCaseService cases;
    private final ProposalRules rules;
    private final Clock clock;
    private final LetterLinks links;
    private final Map<Long, LinkRef> confirmTokens = new ConcurrentHashMap<>();
    private final Map<Long, LinkRef> supportTokens = new ConcurrentHashMap<>();

    DemoProposals(ProposalService service, ProposalCaseService cases, ProposalRules rules, LetterLinks links,
                  Clock clock) {
        this.links = links;
        this.service = service;
        this.cases = cases;
        this.rules = rules;
        this.clock = clock;
    }

    @EventListener
    void on(ProposalEvents.ProposalSubmitted e) {
        confirmTokens.put(e.proposalId(), e.confirmLink());
    }

    @EventListener
    void on(ProposalEvents.SupportRequested e) {
        supportTokens.put(e.supportId(), e.confirmLink());
    }

    void load() {
        var auth = new UsernamePasswordAuthenticationToken("handlaggare", null,
                List.of(new SimpleGrantedAuthority(StaffRole.OFFICER.authority())));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            confirmed("Fler papperskorgar längs Flemingsbergsviken",
                    "Längs promenadstråket vid Flemingsbergsviken finns för få papperskorgar. Skräp hamnar i vattnet. "
                            + "Sätt upp papperskorgar med lock var 200:e meter.", "Flemingsberg", "miljo");

            long lights = published("Belysning på gångvägen till Stuvsta station",
                    "Gångvägen från Stuvsta station mot Snättringe är mörk på vintern. Många känner sig otrygga. "
                            + "Sätt upp belysning längs hela sträckan.", "Stuvsta-Snättringe", "trygghet");
            support(lights, 37);

            long gym = published("Utegym i Skogås",
                    "Bygg ett utegym vid Skogås idrottsplats, med redskap för både unga och äldre.", "Skogås", "kultur");
            support(gym, rules.supportThreshold());
            var referred = cases.refer(gym, cases.get(gym).version(), "KULTUR", "KFN-2026/118");
            cases.decide(gym, referred.version(), Decision.BIFALL,
                    "Nämnden bygger ett utegym vid Skogås idrottsplats under 2027. Pengarna finns i investeringsbudgeten.",
                    LocalDate.now(clock), "KFN " + LocalDate.now(clock) + " § 12");

            long pothole = confirmed("Hål i vägen på Storängsvägen",
                    "Det är ett stort hål i asfalten utanför nummer 12.", "Huddinge centrum", "trafik");
            cases.reject(pothole, cases.get(pothole).version(), "FAULT_REPORT",
                    "Vi har skickat din anmälan vidare till gatuenheten.", null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long confirmed(String title, String text, String district, String category) {
        long id = service.submit(new ProposalForm(title, text, district, category, "Demo Invånare",
                "invanare" + confirmTokens.size() + "@example.se", true, true, List.of()), SV);
        service.confirm(token(confirmTokens.get(id)));
        return id;
    }

    private long published(String title, String text, String district, String category) {
        long id = confirmed(title, text, district, category);
        cases.publish(id, cases.get(id).version());
        return id;
    }

    private void support(long id, int count) {
        String reference = cases.get(id).reference();
        for (int i = 0; i < count; i++) {
            service.requestSupport(reference, "stod" + id + "-" + i + "@example.se", i % 3 == 0, SV);
        }
        supportTokens.values().forEach(link -> service.confirmSupport(token(link)));
        supportTokens.clear();
    }

    private String token(LinkRef link) {
        return links.mint(link.kind(), link.id()).orElseThrow();
    }
}
