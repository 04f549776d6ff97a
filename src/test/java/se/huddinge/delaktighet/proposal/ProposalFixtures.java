package se.huddinge.delaktighet.proposal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.context.event.ApplicationEvents;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * Brings proposals to a state through the real services, as residents and officers would, so a test can start
 * where its story starts. The links' tokens travel only in events: the test class records them with
 * {@code @RecordApplicationEvents} and hands the recorder in.
 */
public final class ProposalFixtures {

    /** The officer who does the staff steps here; tests look for this name in the audit trail. */
    public static final String OFFICER = "handlaggare";
    public static final String AUTHOR_EMAIL = "anna@example.se";

    private final ProposalService proposals;
    private final ProposalCaseService cases;
    private final ProposalRules rules;
    private final ApplicationEvents events;
    private final JdbcTemplate jdbc;

    public ProposalFixtures(ProposalService proposals, ProposalCaseService cases, ProposalRules rules,
                            ApplicationEvents events, JdbcTemplate jdbc) {
        this.proposals = proposals;
        this.cases = cases;
        this.rules = rules;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** A proposal that passes every rule. */
    public static ProposalForm form(String title) {
        return new ProposalForm(title, "Det finns för få bänkar längs gångvägen. Fler bänkar gör promenaden möjlig "
                + "för fler.", "Flemingsberg", "parker", "Anna Andersson", AUTHOR_EMAIL, true, true, List.of());
    }

    public long submit(ProposalForm form) {
        return proposals.submit(form, PortalI18n.SWEDISH);
    }

    /** The link the author was e-mailed for this proposal (the latest, if several). */
    public String confirmToken(long proposalId) {
        return LinkTokens.confirmProposal(events, proposalId);
    }

    /** The author's own link for following and withdrawing the proposal. */
    public String manageToken(long proposalId) {
        return LinkTokens.manage(events, proposalId);
    }

    /** The latest support link sent for this proposal. */
    public String supportToken(long proposalId) {
        return LinkTokens.confirmSupport(events, proposalId);
    }

    public long inModeration(ProposalForm form) {
        long id = submit(form);
        proposals.confirm(confirmToken(id));
        return id;
    }

    public long inModeration(String title) {
        return inModeration(form(title));
    }

    public long published(ProposalForm form) {
        long id = inModeration(form);
        asOfficer(() -> cases.publish(id, version(id)));
        return id;
    }

    public long published(String title) {
        return published(form(title));
    }

    /**
     * Published, with all supports but one already counted (set directly, to spare a hundred link letters), then
     * the last one given through the links, so the proposal crosses the threshold as it would in life.
     */
    public long thresholdReached(String title) {
        long id = published(title);
        jdbc.update("update proposal set support_count = ? where id = ?", rules.supportThreshold() - 1, id);
        support(id, "sista.stodet@example.se");
        return id;
    }

    /** Referred to the committee for parks (NATUR) with a case number. */
    public long referred(String title) {
        long id = thresholdReached(title);
        asOfficer(() -> cases.refer(id, version(id), "NATUR", "NATUR-2026/17"));
        return id;
    }

    /** A supporter asks and follows the link: the support counts. */
    public void support(long proposalId, String email) {
        proposals.requestSupport(reference(proposalId), email, false, PortalI18n.SWEDISH);
        proposals.confirmSupport(supportToken(proposalId));
    }

    public void decide(long proposalId, Decision decision, LocalDate meetingDate) {
        asOfficer(() -> cases.decide(proposalId, version(proposalId), decision, "Nämnden ställer sig bakom förslaget.",
                meetingDate, "NATUR 2026-05-12 § 45"));
    }

    public String reference(long proposalId) {
        return jdbc.queryForObject("select reference from proposal where id = ?", String.class, proposalId);
    }

    public String status(long proposalId) {
        return jdbc.queryForObject("select status from proposal where id = ?", String.class, proposalId);
    }

    public long version(long proposalId) {
        return jdbc.queryForObject("select version from proposal where id = ?", Long.class, proposalId);
    }

    public int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    /** Runs a staff step as the officer, whoever is signed in to the page. */
    public <T> T asOfficer(Supplier<T> step) {
        return as(OFFICER, step, "OFFICER");
    }

    public static <T> T as(String username, Supplier<T> step, String... roles) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        var authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(new User(username, "x", authorities), null,
                authorities));
        try {
            return step.get();
        } finally {
            context.setAuthentication(before);
        }
    }
}
