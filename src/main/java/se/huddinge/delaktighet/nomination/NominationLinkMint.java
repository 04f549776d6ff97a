package se.huddinge.delaktighet.nomination;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.LinkMint;
import se.huddinge.delaktighet.base.OneTimeLink;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.nomination.internal.NominationRepository;

/** Mints the token of a nomination's confirmation link as its letter leaves (DD13); the link's id is the nomination's. */
@Component
class NominationLinkMint implements LinkMint {

    static final String KIND = "nomination";

    private final NominationRepository nominations;

    NominationLinkMint(NominationRepository nominations) {
        this.nominations = nominations;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional
    @RetryOnDeadlock
    public Optional<String> mint(long id) {
        // one UPDATE of the link's columns: a committee's decision on the same nomination is not refused for it
        return Optional.ofNullable(OneTimeLink.mint(hash -> nominations.mintLink(id, hash)));
    }
}
