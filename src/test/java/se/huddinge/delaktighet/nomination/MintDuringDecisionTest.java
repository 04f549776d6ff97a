package se.huddinge.delaktighet.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.nomination.internal.Nomination;
import se.huddinge.delaktighet.nomination.internal.NominationRepository;

/**
 * A confirmation letter that leaves (and mints its link on the nomination's row) while the committee's decision on
 * the same nomination is being saved: the decision is saved, and the letter's link still opens.
 */
class MintDuringDecisionTest extends PrizeStoryTest {

    @Autowired
    NominationRepository repository;
    @Autowired
    NominationLinkMint mint;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_letter_leaving_during_a_decision_neither_refuses_the_decision_nor_breaks_its_link() {
        Database.clear(jdbc);
        long id = story().round().nominations("Vårby Röster")
                .closed().nominated.get(0);

        String token = new TransactionTemplate(transactions).execute(status -> {
            Nomination decided = repository.findById(id).orElseThrow();
            // the letter leaves from another thread, in its own transaction, while this one is open
            String minted = CompletableFuture.supplyAsync(() -> mint.mint(id).orElseThrow()).join();
            decided.chooseAsWinner("För dialogerna i Vårby.");
            return minted;
        });

        assertThat(jdbc.queryForObject("select won from nomination where id = ?", Boolean.class, id)).isTrue();
        assertThat(repository.findById(id).orElseThrow().linkMatches(token)).isTrue();
    }
}
