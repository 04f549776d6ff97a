package se.huddinge.delaktighet.proposal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.AddressAllowance;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;

/**
 * How many letters with a link one address may be sent, per {@link ProposalRules#mySubmissionsWindow()}, counted in
 * the database: the forms cannot be used to flood someone's inbox. Each limit has its own count.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class RateLimits {

    private final AddressAllowance allowance;
    private final ProposalRules rules;

    RateLimits(AddressAllowance allowance, ProposalRules rules) {
        this.allowance = allowance;
        this.rules = rules;
    }

    /**
     * A letter with a confirmation link (a proposal's, a support's, a follow's, a comment's); else the form's e-mail
     * field ({@code emailField}) says "too many".
     */
    void linkLetter(String address, FormField emailField) {
        if (!allowance.take("link-letters", address, rules.linkLettersPerAddress(), rules.mySubmissionsWindow())
                .granted()) {
            throw new InvalidInput(emailField, Reason.TOO_MANY);
        }
    }

    /** A "Mina inskick" letter; returns the request's id, else says when the address may ask again. */
    long mySubmissionsLetter(String address) {
        var outcome = allowance.take("", address, rules.mySubmissionsMaxLinks(), rules.mySubmissionsWindow());
        if (!outcome.granted()) {
            throw new MySubmissionsService.TooManyRequests(rules.mySubmissionsMaxLinks(), outcome.retryAt());
        }
        return outcome.requestId();
    }
}
