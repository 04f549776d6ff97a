package se.huddinge.delaktighet.load;

import java.util.List;

/** What a fault run acts on: the running portal, its database and SMTP sink, and the residents who storm it. */
record Rig(PortalProcess portal, PrivateMariaDb db, SmtpSink sink, String base, List<String> references,
           int residents) {

    /** A new storm on this portal whose residents' addresses end in the domain (its checks count only them). */
    SupportStorm storm(Stats stats, String domain) {
        return new SupportStorm(base, sink, stats, references, domain);
    }
}
