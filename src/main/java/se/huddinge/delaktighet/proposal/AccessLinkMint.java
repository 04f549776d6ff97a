package se.huddinge.delaktighet.proposal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.LinkMint;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.proposal.internal.AccessLink;
import se.huddinge.delaktighet.proposal.internal.AccessLinkRepository;

/** Mints the token of a proposal's, support's or "Mina inskick" link as its letter leaves (DD13). */
@Component
class AccessLinkMint implements LinkMint {

    private final AccessLinkRepository links;

    AccessLinkMint(AccessLinkRepository links) {
        this.links = links;
    }

    @Override
    public String kind() {
        return Links.KIND;
    }

    /** Only the link's row is locked, and nothing else: no lock order to keep (DD10). */
    @Override
    @Transactional
    @RetryOnDeadlock
    public Optional<String> mint(long id) {
        return links.lockById(id).map(AccessLink::mint);
    }
}
