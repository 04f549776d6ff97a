package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.util.HtmlUtils;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.nomination.NomineeKind;
import se.huddinge.delaktighet.nomination.NominationForm;
import se.huddinge.delaktighet.nomination.NominationService;
import se.huddinge.delaktighet.nomination.PrizeDecisions;
import se.huddinge.delaktighet.nomination.PrizeFixtures;
import se.huddinge.delaktighet.nomination.PrizeReview;
import se.huddinge.delaktighet.nomination.PrizeRounds;
import se.huddinge.delaktighet.nomination.PrizeStory;
import se.huddinge.delaktighet.proposal.Decision;
import se.huddinge.delaktighet.proposal.ProposalCaseService;
import se.huddinge.delaktighet.proposal.ProposalFixtures;
import se.huddinge.delaktighet.proposal.ProposalForm;
import se.huddinge.delaktighet.proposal.ProposalJobs;
import se.huddinge.delaktighet.proposal.ProposalService;
import se.huddinge.delaktighet.proposal.ProposalTakeUps;
import se.huddinge.delaktighet.proposal.TakenUp;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffPasswords;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * What a person types reaches a letter as typed, and no letter opens a link the portal did not attach to it (issue
 * 17, item 1; DD20). Every field a resident or a member of staff types into that a letter repeats — a proposal's
 * title, text and author's name, the officer's note on a refusal, the case number, the decision's motivation and
 * minutes, a take-up's four fields, a nomination's nominee, tie, motivations and nominator, the prize's citation and
 * minutes, staff names, an edited letter template — is fed every form of placeholder the letters have known
 * ({@code {link:kind:id}} naming other people's real links) and every template syntax Thymeleaf reads. Each letter
 * shows it literally, its only working tokens are its own links, and the other people's links are untouched: their
 * tokens still work and no new token was minted for them.
 * (Comments do not exist yet; a support's only typed field is an e-mail address, which cannot hold these forms.)
 */
@PortalTest
@RecordApplicationEvents
class TypedTextInLettersTest {

    private static final String AUTHOR = "angripare@example.se";
    private static final String SUPPORTER = "medhjalpare@example.se";
    private static final String VICTIM = "offer@example.se";
    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalCaseService cases;
    @Autowired
    ProposalJobs jobs;
    @Autowired
    se.huddinge.delaktighet.proposal.ProposalRules rules;
    @Autowired
    ProposalTakeUps takeUps;
    @Autowired
    NominationService nominations;
    @Autowired
    PrizeRounds rounds;
    @Autowired
    PrizeReview review;
    @Autowired
    PrizeDecisions decisions;
    @Autowired
    StaffAccountService staff;
    @Autowired
    StaffPasswords passwords;
    @Autowired
    LetterTemplates templates;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private final Mailbox mail = new Mailbox();
    private java.time.Instant clockBefore;

    /** Other people's links, as their owners received them, and the hashes stored for them. */
    private long victimAccess;
    private String victimAccessToken;
    private long victimReset;
    private String victimResetToken;
    private Map<String, Object> hashesBefore;

    @BeforeEach
    void start() {
        clockBefore = clock.instant();
        Database.clear(jdbc);
        mail.start();
        clock.setTo("2027-03-01T09:00:00");
        // a resident's link to confirm a proposal, and a member of staff's password reset link
        proposals.submit(se.huddinge.delaktighet.proposal.Proposals.form("Offrets förslag", VICTIM), PortalI18n.SWEDISH);
        victimAccessToken = mail.letterTo(VICTIM, "Bekräfta").token("forslag/bekrafta/");
        victimAccess = jdbc.queryForObject("select max(id) from access_link", Long.class);
        long account = staff.createInitial(new StaffAccountService.NewAccount("offer", "Olle Offer", "olle@huddinge.example",
                "rostiga-kompasser-sjunger-for-olle", Set.of(StaffRole.ADMIN))).getId();
        as("admin", () -> passwords.sendResetLink(account), "ADMIN");
        victimResetToken = mail.letterTo("olle@huddinge.example", "lösenord").token("konto/nytt-losenord/");
        victimReset = jdbc.queryForObject("select id from staff_password_reset", Long.class);
        hashesBefore = victimHashes();
    }

    @AfterEach
    void stop() {
        mail.stop();
        clock.setTo(clockBefore);
    }

    /**
     * Every form, split into pieces short enough for the shortest typed field (a case number: 60 characters), each
     * between letters so that a filled placeholder would show. {@code %A%} and {@code %R%} stand for the ids of the
     * other people's links, known once they exist ({@link #typed(String)}).
     */
    static Stream<String> forms() {
        return chunks(List.of(
                "{link:access:%A%}", "{link:password-reset:%R%}",
                "{link:nomination:1}", "{link:access:1}", "[[${contactEmail}]]", "[(${portalLink})]",
                "${municipality}", "__${contactPhone}__", "[# th:insert=\"~{_help_sv}\" /]", "[#th:block/]",
                "#{mail.x}", "*{title}", "@{/x}", "~{_help_sv}", "[[#{x}]]", "{{x}}", "<b>fet</b>", "&amp;"));
    }

    private static Stream<String> chunks(List<String> forms) {
        var chunks = new ArrayList<String>();
        var chunk = new StringBuilder();
        for (String form : forms) {
            if (chunk.length() + form.length() + 3 > 52) {
                chunks.add("X" + chunk + "Y");
                chunk.setLength(0);
            }
            chunk.append(chunk.isEmpty() ? "" : " ").append(form);
        }
        chunks.add("X" + chunk + "Y");
        return chunks.stream();
    }

    /** The form with the real ids of the other people's links. */
    private String typed(String form) {
        return form.replace("%A%", String.valueOf(victimAccess)).replace("%R%", String.valueOf(victimReset));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void a_proposal_and_the_staffs_texts_about_it_arrive_as_typed(String form) {
        String typed = typed(form);
        // refused, with the officer's note
        long refused = proposals.submit(new ProposalForm("T1" + typed, "Text:" + typed, "Flemingsberg", "parker",
                "N:" + typed, AUTHOR, true, true, List.of()), PortalI18n.SWEDISH);
        proposals.confirm(mail.letterTo(AUTHOR, "Bekräfta").token("forslag/bekrafta/"));
        officer(() -> cases.reject(refused, cases.get(refused).version(), "OPINION", "Note:" + typed, null));

        // published, supported past the threshold, referred with a case number, decided with a motivation and minutes
        long decided = submitAndConfirm("T2" + typed, typed);
        officer(() -> cases.publish(decided, cases.get(decided).version()));
        jdbc.update("update proposal set support_count = ? where id = ?", rules.supportThreshold() - 1, decided);
        support(decided);
        clock.setTo("2027-03-05T10:00:00");
        officer(() -> cases.refer(decided, cases.get(decided).version(), "NATUR", "C" + typed));
        clock.setTo("2027-04-10T10:00:00");
        officer(() -> cases.decide(decided, cases.get(decided).version(), Decision.BIFALL, "M:" + typed,
                LocalDate.of(2027, 4, 8), "P:" + typed));

        // closed below the threshold and taken up by a politician
        long takenUp = submitAndConfirm("T3" + typed, typed);
        officer(() -> cases.publish(takenUp, cases.get(takenUp).version()));
        clock.setTo("2027-09-01T09:00:00");
        jobs.closeEndedSupportPeriods();
        clock.setTo("2027-09-10T09:00:00");
        officer(() -> takeUps.record(takenUp, new TakenUp.Form("By:" + typed, "At:" + typed, "K" + typed,
                "Note:" + typed, LocalDate.of(2027, 9, 9))));

        var author = mail.allTo(AUTHOR, 14);
        assertLiteral(author, "Bekräfta", "T1" + typed, "N:" + typed);
        assertLiteral(author, "inte publicera", "T1" + typed, "Note:" + typed);
        assertLiteral(author, "lämnats till en nämnd", "T2" + typed, "C" + typed);
        assertLiteral(author, "Beslut om", "T2" + typed, "M:" + typed, "P:" + typed);
        assertLiteral(author, "tagit upp", "T3" + typed, "By:" + typed, "At:" + typed, "K" + typed, "Note:" + typed);
        assertLiteral(mail.allTo(SUPPORTER, 2), "Beslut om", "T2" + typed, "M:" + typed);
        assertNothingOpened(author);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void a_nomination_and_the_prize_decision_arrive_as_typed(String form) {
        String typed = typed(form);
        var story = new PrizeStory(rounds, nominations, staff, events, clock).round();
        clock.setTo("2027-08-10T12:00:00");
        var motivations = new LinkedHashMap<Long, String>();
        story.round.criteria().forEach(c -> motivations.put(c.id(), "Mot:" + typed));
        long id = nominations.submit(story.round.id(), new NominationForm("Nom:" + typed,
                NomineeKind.ASSOCIATION, "Tie:" + typed, motivations, true, null, "By:" + typed, AUTHOR, "",
                true), PortalI18n.SWEDISH);
        nominations.confirm(mail.letterTo(AUTHOR, "Bekräfta").token("demokratipriset/bekrafta/"));
        story.closed();
        as("admin", () -> decisions.decide(story.round.id(), new PrizeDecisions.DecisionForm(
                List.of(new PrizeDecisions.Winner(id, "Cite:" + typed)), LocalDate.of(2027, 9, 28), "P:" + typed,
                LocalDate.of(2027, 10, 23))), "ADMIN");
        clock.setTo("2027-10-23T00:05:00");
        decisions.publishDue();

        var nominator = mail.allTo(AUTHOR, 3);
        assertLiteral(nominator, "Bekräfta", "Nom:" + typed, "By:" + typed);
        assertLiteral(nominator, "tagit emot", "Nom:" + typed);
        assertLiteral(nominator, "får Demokratipriset", "Nom:" + typed, "Cite:" + typed);
        assertNothingOpened(nominator);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void staff_names_arrive_as_typed(String form) {
        String typed = typed(form);
        var story = new PrizeStory(rounds, nominations, staff, events, clock).round();
        long account = staff.createInitial(new StaffAccountService.NewAccount("ny", "Namn:" + typed, AUTHOR,
                "rostiga-kompasser-sjunger-for-ny", Set.of(StaffRole.COMMITTEE))).getId();
        as("admin", () -> passwords.sendResetLink(account), "ADMIN");
        story.nominations("Vårby Röster").closed();
        as("handlaggare", () -> review.remind(story.round.id()), "OFFICER");

        var member = mail.allTo(AUTHOR, 3);
        assertLiteral(member, "lösenord", "Namn:" + typed);
        assertLiteral(member, "Påminnelse", "Namn:" + typed);
        assertNothingOpened(member);
    }

    @Test
    void an_edited_template_that_names_a_link_sends_it_as_words() {
        String named = "{link:access:" + victimAccess + "} {link:password-reset:" + victimReset + "}";
        as("admin", () -> templates.save("proposal-published", PortalI18n.SWEDISH,
                templates.current("proposal-published", PortalI18n.SWEDISH) + "\nSe " + named + "\n"), "ADMIN");
        long id = submitAndConfirm("Fler bänkar", "vanliga ord");
        officer(() -> cases.publish(id, cases.get(id).version()));

        var author = mail.allTo(AUTHOR, 3);
        assertLiteral(author, "är publicerat", "Se " + named);
        assertNothingOpened(author);
    }

    @Test
    void an_edited_template_reaches_neither_the_portals_beans_nor_java_classes() {
        for (String expression : List.of("[(${@letterLinks.mint('password-reset', " + victimReset + ")})]",
                "[(${T(java.lang.Runtime).getRuntime().availableProcessors()})]", "[(${new java.io.File('/')})]",
                "[(${title.getClass().forName('java.lang.Runtime')})]", "[(${#ctx.getClass()})]")) {
            assertThatThrownBy(() -> as("admin", () -> templates.save("proposal-published", PortalI18n.SWEDISH,
                    templates.current("proposal-published", PortalI18n.SWEDISH) + "\nX " + expression + "\n"),
                    "ADMIN")).as(expression).isInstanceOf(TemplateProblem.Refused.class);
        }
        assertThat(victimHashes()).isEqualTo(hashesBefore);
        assertThat(jdbc.queryForObject("select count(*) from letter_template_override", Integer.class)).isZero();
    }

    private long submitAndConfirm(String title, String typed) {
        long id = proposals.submit(new ProposalForm(title, "Text:" + typed, "Flemingsberg", "parker", "N:" + typed,
                AUTHOR, true, true, List.of()), PortalI18n.SWEDISH);
        proposals.confirm(mail.letterTo(AUTHOR, title).token("forslag/bekrafta/"));
        return id;
    }

    private void support(long proposalId) {
        String reference = jdbc.queryForObject("select reference from proposal where id = ?", String.class, proposalId);
        proposals.requestSupport(reference, SUPPORTER, true, PortalI18n.SWEDISH);
        proposals.confirmSupport(mail.letterTo(SUPPORTER, "Bekräfta ditt stöd").token("stod/bekrafta/"));
    }

    /** The letter whose subject holds {@code subject} shows each text as typed, in its plain and its HTML part. */
    private static void assertLiteral(List<Mailbox.Received> letters, String subject, String... texts) {
        var letter = letters.stream().filter(l -> l.subject().contains(subject)).findFirst();
        assertThat(letter).as("a letter about '%s' among %s", subject, letters.stream().map(Mailbox.Received::subject)
                .toList()).isPresent();
        for (String text : texts) {
            assertThat(letter.get().text()).contains(text);
            assertThat(HtmlUtils.htmlUnescape(letter.get().html())).contains(text);
        }
    }

    /**
     * No other person's link was minted (their stored hashes are as they were, and their tokens still work), and
     * every token in these letters is the letter's own link, right after the portal's address of its page.
     */
    private void assertNothingOpened(List<Mailbox.Received> letters) {
        // minting would have replaced a stored hash; the tokens their owners hold still match theirs
        assertThat(victimHashes()).isEqualTo(hashesBefore);
        assertThat(hashesBefore.get("a")).isEqualTo(se.huddinge.delaktighet.base.Tokens.hash(victimAccessToken));
        assertThat(hashesBefore.get("reset.a")).isEqualTo(se.huddinge.delaktighet.base.Tokens.hash(victimResetToken));
        for (var letter : letters) {
            for (String part : List.of(letter.text(), letter.html())) {
                TOKEN.matcher(part).results().forEach(m -> assertThat(part.substring(0, m.start()))
                        .as("the token %s in %s", m.group(), letter.subject())
                        .matches(Pattern.compile(".*http://localhost:8080/(forslag/bekrafta|forslag/hantera|stod/bekrafta|"
                                + "demokratipriset/bekrafta|konto/nytt-losenord)/$", Pattern.DOTALL)));
            }
            assertThat(letter.text()).doesNotContain(victimAccessToken).doesNotContain(victimResetToken);
        }
    }

    private Map<String, Object> victimHashes() {
        var hashes = new LinkedHashMap<String, Object>();
        hashes.putAll(jdbc.queryForMap("select token_hash a, previous_token_hash b from access_link where id = ?",
                victimAccess));
        jdbc.queryForMap("select token_hash a, previous_token_hash b from staff_password_reset where id = ?",
                victimReset).forEach((k, v) -> hashes.put("reset." + k, v));
        return hashes;
    }

    private static void officer(Runnable step) {
        as("handlaggare", step, "OFFICER");
    }

    private static void as(String user, Runnable step, String role) {
        ProposalFixtures.as(user, (Supplier<Void>) () -> {
            step.run();
            return null;
        }, role);
    }
}
