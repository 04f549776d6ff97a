package se.huddinge.delaktighet.proposal.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TakeUpRepository extends JpaRepository<TakeUp, Long> {

    List<TakeUp> findByProposalIdOrderByTakenUpOnAscIdAsc(long proposalId);
}
