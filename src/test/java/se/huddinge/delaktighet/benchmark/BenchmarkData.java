package se.huddinge.delaktighet.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates a large municipality's volume straight in MariaDB with its SEQUENCE engine (INSERT … SELECT from
 * {@code seq_1_to_N}), so 2 million rows take minutes, not hours: 100,000 proposals over 2022–2026 in every status
 * with their timeline, 1,000,000 supports (100,000 of them on one proposal, as in a national rush), 1,000,000
 * letters and, when the prize's tables exist, 10,000 nominations.
 */
final class BenchmarkData {

    static final int PROPOSALS = 100_000;
    static final int SUPPORTS = 1_000_000;
    static final int LETTERS = 1_000_000;
    static final int NOMINATIONS = 10_000;
    /** The proposal that gets 100,000 supports (a THRESHOLD_REACHED one: 65 % 100 = 65). */
    static final long POPULAR = 65;

    private static final String DISTRICTS = "'Flemingsberg', 'Fullersta', 'Glömsta', 'Huddinge centrum', "
            + "'Kungens kurva', 'Länna', 'Segeltorp', 'Sjödalen', 'Skogås', 'Stuvsta-Snättringe', 'Trångsund', "
            + "'Vårby', 'Hela kommunen'";
    private static final String CATEGORIES = "'trafik', 'parker', 'skola', 'kultur', 'trygghet', 'omsorg', 'bygga', "
            + "'miljo', 'demokrati', 'ovrigt'";
    private static final String COMMITTEES = "'KS', 'NATUR', 'GRUND', 'FORSKOLA', 'GYMN', 'KULTUR', 'SOCIAL', 'AVH', "
            + "'MILJO'";
    private static final String GROUNDS = "'COMPETENCE', 'FAULT_REPORT', 'ONGOING', 'OPINION', 'OFFENSIVE', "
            + "'PERSONAL_DATA', 'INDIVIDUAL', 'SEVERAL', 'SIMILAR'";
    private static final String TITLES = "'Fler parkbänkar', 'Belysning på gångvägen', 'Ny lekplats', 'Utegym', "
            + "'Hundrastgård', 'Cykelbana', 'Övergångsställe', 'Papperskorgar', 'Boulebana', 'Parklek', "
            + "'Farthinder', 'Bibliotekets öppettider'";

    private BenchmarkData() {
    }

    static void proposals(JdbcTemplate jdbc) {
        jdbc.execute("insert into proposal (id, version, reference, status, title, body, district, category, "
                + "author_name, author_email, language, submitted_at, confirmed_at, moderation_due, published_at, "
                + "support_ends_at, support_count, threshold_reached_at, referral_due, closed_at, ground, referred_at, "
                + "committee, case_number, decision_due, decision, decision_motivation, meeting_date, minutes_ref, "
                + "decided_at, withdrawn_at) "
                + "select n, 0, concat('HF-', year(sub), '-', lpad(n, 6, '0')), st, concat(elt(1 + n % 12, " + TITLES
                + "), ' i ', district, ' ', n), concat('Förslag nummer ', n, '. Det behövs fler sittplatser och bättre "
                + "belysning längs gångvägen så att fler kan promenera, även på kvällen.'), district, category, "
                + "'Bänk Testsson', concat('forslag', n, '@example.se'), 'sv', sub, sub + interval 1 hour, "
                + "date(sub + interval 15 day), if(st in ('PUBLISHED','CLOSED_BELOW_THRESHOLD','THRESHOLD_REACHED',"
                + "'REFERRED','DECIDED'), moderated, null), if(st in ('PUBLISHED','CLOSED_BELOW_THRESHOLD',"
                + "'THRESHOLD_REACHED','REFERRED','DECIDED'), moderated + interval 90 day, null), 0, "
                + "if(st in ('THRESHOLD_REACHED','REFERRED','DECIDED'), reached, null), "
                + "if(st in ('THRESHOLD_REACHED','REFERRED','DECIDED'), date(reached + interval 28 day), null), "
                + "case st when 'NOT_PUBLISHED' then moderated when 'CLOSED_BELOW_THRESHOLD' then moderated + "
                + "interval 90 day end, if(st = 'NOT_PUBLISHED', elt(1 + n % 9, " + GROUNDS + "), null), "
                + "if(st in ('REFERRED','DECIDED'), referred, null), if(st in ('REFERRED','DECIDED'), elt(1 + n % 9, "
                + COMMITTEES + "), null), if(st in ('REFERRED','DECIDED'), concat('DNR-', n), null), "
                + "if(st in ('REFERRED','DECIDED'), date(referred + interval 12 month), null), "
                + "if(st = 'DECIDED', elt(1 + n % 3, 'BIFALL', 'AVSLAG', 'BESVARAD'), null), "
                + "if(st = 'DECIDED', 'Nämnden har behandlat förslaget.', null), "
                + "if(st = 'DECIDED', date(decided), null), if(st = 'DECIDED', concat('§ ', n), null), "
                + "if(st = 'DECIDED', decided, null), if(st = 'WITHDRAWN', sub + interval 2 day, null) "
                + "from (select n, sub, st, district, category, sub + interval 1 hour + interval (1 + n % 13) day as "
                + "moderated, sub + interval (20 + n % 30) day as reached, sub + interval (30 + n % 60) day as referred, "
                + "sub + interval (90 + n % 300) day as decided from (select seq as n, timestamp('2022-01-01 07:00:00') "
                + "+ interval (seq % 5) year + interval ((seq * 7919) % 330) day + interval (seq % 9) hour as sub, "
                + "case when seq % 100 < 5 then 'IN_MODERATION' when seq % 100 < 20 then 'NOT_PUBLISHED' "
                + "when seq % 100 < 60 then 'CLOSED_BELOW_THRESHOLD' when seq % 100 < 65 then 'PUBLISHED' "
                + "when seq % 100 < 70 then 'THRESHOLD_REACHED' when seq % 100 < 80 then 'REFERRED' "
                + "when seq % 100 < 95 then 'DECIDED' else 'WITHDRAWN' end as st, elt(1 + seq % 13, " + DISTRICTS
                + ") as district, elt(1 + (seq div 100) % 10, " + CATEGORIES + ") as category "
                + "from seq_1_to_" + PROPOSALS + ") s) x");
    }

    static void timeline(JdbcTemplate jdbc) {
        step(jdbc, "'SUBMITTED'", "submitted_at", "'author'", "null", "1 = 1");
        step(jdbc, "'IN_MODERATION'", "confirmed_at", "'author'", "null", "1 = 1");
        step(jdbc, "'PUBLISHED'", "published_at", "'handlaggare'", "null", "published_at is not null");
        step(jdbc, "'NOT_PUBLISHED'", "closed_at", "'handlaggare'", "ground", "status = 'NOT_PUBLISHED'");
        step(jdbc, "'THRESHOLD_REACHED'", "threshold_reached_at", "'system'", "null", "threshold_reached_at is not null");
        step(jdbc, "'REFERRED'", "referred_at", "'handlaggare'", "concat(committee, ' ', case_number)",
                "referred_at is not null");
        step(jdbc, "'DECIDED'", "decided_at", "'handlaggare'", "decision", "decided_at is not null");
        step(jdbc, "'CLOSED_BELOW_THRESHOLD'", "closed_at", "'system'", "null", "status = 'CLOSED_BELOW_THRESHOLD'");
        step(jdbc, "'WITHDRAWN'", "withdrawn_at", "'author'", "null", "withdrawn_at is not null");
    }

    private static void step(JdbcTemplate jdbc, String status, String at, String actor, String note, String where) {
        jdbc.execute("insert into proposal_timeline (proposal_id, at, status, actor, note) select id, " + at + ", "
                + status + ", " + actor + ", " + note + " from proposal where " + where + " order by id");
    }

    static void supports(JdbcTemplate jdbc) {
        jdbc.execute("insert into support (proposal_id, email, language, notify_on_decision, created_at, confirmed_at) "
                + "select p.id, concat('stod', s.seq, '@example.se'), 'sv', s.seq % 4 = 0, "
                + "coalesce(p.published_at, p.submitted_at) + interval (s.seq % 2000) hour, "
                + "if(p.published_at is null, null, p.published_at + interval (s.seq % 2000) hour) "
                + "from seq_1_to_" + SUPPORTS + " s join proposal p on p.id = if(s.seq <= 100000, " + POPULAR
                + ", 1 + s.seq % " + PROPOSALS + ")");
        jdbc.execute("update proposal p join (select proposal_id, count(*) as n from support where confirmed_at is not "
                + "null group by proposal_id) s on s.proposal_id = p.id set p.support_count = s.n");
    }

    static void letters(JdbcTemplate jdbc) {
        jdbc.execute("insert into letter (dedup_key, template, subject_ref, recipient, language, subject, body_text, "
                + "body_html, message_id, status, attempts, next_attempt_at, last_error, created_at, sent_at) "
                + "select concat('bench-', seq), 'proposal-receipt', concat('HF-', 2022 + seq % 5, '-', "
                + "lpad(1 + seq % " + PROPOSALS + ", 6, '0')), concat('mottagare', seq, '@example.se'), 'sv', "
                + "concat('Vi har tagit emot ditt förslag HF-', seq), 'Hej! Vi har tagit emot ditt förslag.', "
                + "'<p>Hej! Vi har tagit emot ditt förslag.</p>', concat('<bench-', seq, '@huddinge.se>'), "
                + "case when seq % 200 = 0 then 'FAILED' when seq % 200 = 1 then 'PENDING' else 'SENT' end, 1, "
                + "timestamp('2022-01-01') + interval (seq * 2) minute, if(seq % 200 = 0, '550 5.1.1 No such user', "
                + "null), timestamp('2022-01-01') + interval (seq * 2) minute, "
                + "if(seq % 200 > 1, timestamp('2022-01-01') + interval (seq * 2) minute + interval 5 second, null) "
                + "from seq_1_to_" + LETTERS);
    }

    /** Proposal number {@code n} of 2026, referred to a committee and waiting for its decision; returns its id. */
    static long referredProposal(JdbcTemplate jdbc, int n) {
        String reference = String.format("HF-2026-%06d", n);
        jdbc.update("insert into proposal (reference, status, title, body, district, category, author_name, "
                + "author_email, language, submitted_at, confirmed_at, moderation_due, published_at, support_ends_at, "
                + "threshold_reached_at, referral_due, referred_at, committee, case_number, decision_due) values "
                + "(?, 'REFERRED', 'Fler parkbänkar i hela kommunen', 'Det behövs fler sittplatser längs "
                + "gångvägarna.', 'Hela kommunen', 'parker', 'Bänk Testsson', concat('forslag', ?, '@example.se'), "
                + "'sv', '2026-01-05 09:00', '2026-01-05 09:10', '2026-01-19', '2026-01-12 10:00', '2026-04-12 10:00', "
                + "'2026-01-20 12:00', '2026-02-17', '2026-02-10 10:00', 'NATUR', 'NBN 2026/17', '2027-02-10')",
                reference, n);
        return jdbc.queryForObject("select id from proposal where reference = ?", Long.class, reference);
    }

    /**
     * {@code n} confirmed supporters of the proposal who asked to hear about its decision ({@code <prefix>N@example.se},
     * every fifth in English), and the proposal's count; one INSERT … SELECT, as the rest of the data.
     */
    static void subscribers(JdbcTemplate jdbc, long proposalId, int n, String prefix) {
        jdbc.update("insert into support (proposal_id, email, language, notify_on_decision, created_at, confirmed_at) "
                + "select ?, concat(?, seq, '@example.se'), if(seq % 5 = 0, 'en', 'sv'), true, "
                + "timestamp('2026-01-12 10:00') + interval (seq % 2000) hour, timestamp('2026-01-12 10:00') + "
                + "interval (seq % 2000) hour + interval 5 minute from seq_1_to_" + n + " order by seq", proposalId,
                prefix);
        jdbc.update("update proposal set support_count = ? where id = ?", n, proposalId);
    }

    /** Every 40th proposal that closed below the threshold was taken up by a politician. */
    static void takeUps(JdbcTemplate jdbc) {
        jdbc.execute("insert into proposal_take_up (proposal_id, taken_up_by, body, case_ref, note, taken_up_on, "
                + "recorded_by, recorded_at) select id, 'Karin Berg (S)', 'kommunfullmäktige', concat('KS-', id), null, "
                + "date(closed_at + interval 10 day), 'ledamot', closed_at + interval 10 day from proposal "
                + "where status = 'CLOSED_BELOW_THRESHOLD' and id % 40 = 0");
    }

    /** The prize's nominations, when its tables exist on this branch; else why not. */
    static String nominations(JdbcTemplate jdbc) {
        Integer tables = jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = "
                + "database() and table_name = 'nomination'", Integer.class);
        if (tables == null || tables == 0) {
            return "skipped: the nomination table does not exist on this branch yet";
        }
        try {
            Long round = jdbc.queryForObject("select min(id) from prize_round", Long.class);
            jdbc.execute("insert into nomination (round_id, reference, status, nominee_name, nominee_kind, nominee_tie, "
                    + "nominee_knows, nominator_name, nominator_email, language, submitted_at, link_expires_at, "
                    + "confirmed_at) select " + round + ", concat('DP-', seq), if(seq % 50 = 0, 'TOO_LATE', 'CONFIRMED'), "
                    + "concat('Nominerad ', seq), elt(1 + seq % 4, 'PERSON', 'GROUP', 'ASSOCIATION', 'ORGANISATION'), "
                    + "elt(1 + seq % 5, 'Bor i Huddinge', 'Leder ungdomsrådet i Vårby', 'Ordnar läxhjälp i Flemingsberg', "
                    + "'Tränar fotboll i Stuvsta', 'Driver hembygdsföreningen i Skogås'), true, 'Nominerande', "
                    + "concat('nom', seq, '@example.se'), 'sv', "
                    + "timestamp('2026-06-01') + interval seq minute, timestamp('2026-06-04'), "
                    + "timestamp('2026-06-01') + interval seq minute from seq_1_to_" + NOMINATIONS);
            // a committee member has scored a third of them
            jdbc.execute("insert into nomination_review (nomination_id, member, recused, submitted_at) select id, "
                    + "'ledamot', id % 30 = 0, timestamp('2026-08-25') from nomination where id % 3 = 0");
            return NOMINATIONS + " nominations";
        } catch (RuntimeException e) {
            return "skipped: " + e.getMessage();
        }
    }
}
