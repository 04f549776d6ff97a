package se.huddinge.delaktighet.load;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The published proposals the storm supports, and one more for the JDBC ceiling, written straight to the tables. */
final class Seed {

    static final String PREFIX = "HF-2026-9";

    static List<String> proposals(PrivateMariaDb db, int count) throws Exception {
        var references = new ArrayList<String>();
        try (Connection c = db.connect()) {
            for (int i = 0; i < count; i++) {
                String reference = PREFIX + String.format("%03d", i);
                insert(c, reference, "Fler parkbänkar i Sjödalen, del " + (i + 1));
                references.add(reference);
            }
        }
        return references;
    }

    static long ceilingProposal(PrivateMariaDb db) throws Exception {
        try (Connection c = db.connect()) {
            return insert(c, "HF-2026-8000", "Taket för JDBC");
        }
    }

    private static long insert(Connection c, String reference, String title) throws Exception {
        try (var s = c.prepareStatement("INSERT INTO proposal (reference, status, title, body, district, category, "
                + "author_name, author_email, language, submitted_at, confirmed_at, published_at, support_ends_at) "
                + "VALUES (?, 'PUBLISHED', ?, 'Fler bänkar längs promenadstråket, så att äldre orkar gå hela "
                + "vägen.', 'Sjödalen', 'parker', 'Anna Andersson', 'anna@author.example', 'sv', NOW(6), NOW(6), "
                + "NOW(6), NOW(6) + INTERVAL 90 DAY)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, reference);
            s.setString(2, title);
            s.executeUpdate();
            try (var keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private Seed() {
    }
}
