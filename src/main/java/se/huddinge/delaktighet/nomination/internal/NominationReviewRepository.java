package se.huddinge.delaktighet.nomination.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import se.huddinge.delaktighet.nomination.NominationReview;

public interface NominationReviewRepository extends JpaRepository<NominationReview, Long> {

    Optional<NominationReview> findByNominationIdAndMember(long nominationId, String member);

    List<NominationReview> findByNominationIdOrderByMemberAsc(long nominationId);

    List<NominationReview> findByNominationIdIn(Collection<Long> nominationIds);
}
