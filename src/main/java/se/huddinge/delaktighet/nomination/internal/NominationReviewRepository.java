package se.huddinge.delaktighet.nomination.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NominationReviewRepository extends JpaRepository<NominationReview, Long> {

    Optional<NominationReview> findByNominationIdAndMember(long nominationId, String member);

    List<NominationReview> findByNominationIdOrderByMemberAsc(long nominationId);

    List<NominationReview> findByNominationIdIn(Collection<Long> nominationIds);

    /** Per member: how many of the round's confirmed nominations they reviewed, and of those how many they recused. */
    @Query("select r.member, count(r), sum(case when r.recused then 1 else 0 end) from NominationReview r, Nomination n "
            + "where n.id = r.nominationId and n.roundId = :roundId and n.status = 'CONFIRMED' group by r.member")
    List<Object[]> countByMember(long roundId);
}
