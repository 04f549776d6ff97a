package se.huddinge.delaktighet.security;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.LinkMint;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.security.internal.PasswordResetLink;
import se.huddinge.delaktighet.security.internal.PasswordResetLinkRepository;

/** Mints the token of a staff password reset link as its letter leaves (DD13). */
@Component
class PasswordResetLinkMint implements LinkMint {

    static final String KIND = "password-reset";

    private final PasswordResetLinkRepository links;

    PasswordResetLinkMint(PasswordResetLinkRepository links) {
        this.links = links;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    @Transactional
    @RetryOnDeadlock
    public Optional<String> mint(long id) {
        return links.lockById(id).map(PasswordResetLink::mint);
    }
}
