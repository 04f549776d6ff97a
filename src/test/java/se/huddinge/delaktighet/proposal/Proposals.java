package se.huddinge.delaktighet.proposal;

import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/** Test steps that take a proposal through its life with the real services. */
public record Proposals(ProposalService service, ProposalCaseService cases, ApplicationEvents events) {

    public static ProposalForm form(String title) {
        return form(title, "Asa.Oberg@Example.se ");
    }

    /** The same proposal from another author. */
    public static ProposalForm form(String title, String authorEmail) {
        return new ProposalForm(title, "Fler bänkar längs gångvägen vid sjön, så att äldre kan vila.", "Flemingsberg",
                "parker", "Åsa Öberg", authorEmail, true, true, List.of());
    }

    public long submit(String title) {
        return service.submit(form(title), PortalI18n.SWEDISH);
    }

    public String confirmToken(long id) {
        return LinkTokens.confirmProposal(events, id);
    }

    public String manageToken(long id) {
        return LinkTokens.manage(events, id);
    }

    public String supportToken(long proposalId) {
        return LinkTokens.confirmSupport(events, proposalId);
    }

    /** Submitted and confirmed: awaiting moderation. */
    public PublicProposal inModeration(String title) {
        return inModeration(form(title));
    }

    public PublicProposal inModeration(ProposalForm form) {
        long id = service.submit(form, PortalI18n.SWEDISH);
        return service.confirm(confirmToken(id));
    }

    public PublicProposal published(String title) {
        return published(form(title));
    }

    public PublicProposal published(ProposalForm form) {
        var p = inModeration(form);
        asOfficer(() -> cases.publish(p.id(), cases.get(p.id()).version()));
        return service.managed(manageToken(p.id()));
    }

    public void support(PublicProposal p, String email) {
        service.requestSupport(p.reference(), email, false, Locale.of("sv"));
        service.confirmSupport(supportToken(p.id()));
    }

    public static void asOfficer(Runnable step) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("hanna", null,
                List.of(new SimpleGrantedAuthority("ROLE_OFFICER"))));
        try {
            step.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
