package se.huddinge.delaktighet.notification.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.huddinge.delaktighet.notification.Letter;
import se.huddinge.delaktighet.notification.LetterStatus;

public interface LetterRepository extends JpaRepository<Letter, Long> {

    Optional<Letter> findByDedupKey(String dedupKey);

    List<Letter> findByDedupKeyIn(Collection<String> dedupKeys);

    @Query("select l.id from Letter l where l.status = 'PENDING' and l.nextAttemptAt <= :now order by l.nextAttemptAt")
    List<Long> findDue(Instant now, Limit limit);

    /** The letters by post that are due, oldest first (DD40): the print queue. */
    @Query("select l from Letter l where l.status = 'TO_PRINT' and l.nextAttemptAt <= :now "
            + "and l.contentDeletedAt is null order by l.createdAt, l.id")
    List<Letter> findToPrint(Instant now, Limit limit);

    /** Takes a letter for sending; 0 when another thread or instance has it, or it is not due. */
    @Modifying
    @Query("update Letter l set l.status = 'SENDING', l.nextAttemptAt = :now "
            + "where l.id = :id and l.status = 'PENDING' and l.nextAttemptAt <= :now")
    int claim(long id, Instant now);

    /** Letters whose sender died mid-send go back in the queue. */
    @Modifying
    @Query("update Letter l set l.status = 'PENDING' where l.status = 'SENDING' and l.nextAttemptAt < :before")
    int releaseStuck(Instant before);

    /** The letters about these subjects, newest first: a case page's log reads them a page at a time. */
    @Query("select l from Letter l where l.subjectRef in :refs order by l.createdAt desc, l.id desc")
    List<Letter> findAbout(Collection<String> refs, Pageable rows);

    long countBySubjectRefIn(Collection<String> refs);

    List<Letter> findAllByOrderByCreatedAtDesc(Limit limit);

    long countByStatus(LetterStatus status);

    // Retention (the privacy module's job): a letter is reduced to its metadata — template, subject reference,
    // state, dates — and, once its matter's personal data goes, its recipient too. Each counts only the rows it
    // changed, so a second run counts nothing.

    /**
     * Deletes the text of at most {@code batch} letters delivered before {@code before}; returns how many (a first
     * run on years of letters goes in short transactions). One range of {@code ix_letter_retention}, so a batch never
     * reads the letters earlier batches reduced. A letter filed under {@code addressOnly} is about nothing but the
     * address it went to, so it loses its recipient too.
     */
    @Modifying
    @Query(value = "update letter set body_text = '', body_html = '', content_deleted_at = :now, recipient = "
            + "if(subject_ref = :addressOnly, :mark, recipient) "
            + "where content_deleted_at is null and status = 'SENT' and sent_at < :before limit :batch",
            nativeQuery = true)
    int deleteContentSentBefore(Instant before, Instant now, int batch, String addressOnly, String mark);

    /** The same for letters refused for good (never delivered) that were written before {@code before}. */
    @Modifying
    @Query(value = "update letter set body_text = '', body_html = '', content_deleted_at = :now, recipient = "
            + "if(subject_ref = :addressOnly, :mark, recipient) "
            + "where content_deleted_at is null and status = 'FAILED' and created_at < :before limit :batch",
            nativeQuery = true)
    int deleteContentFailedBefore(Instant before, Instant now, int batch, String addressOnly, String mark);

    /**
     * Forgets everything personal of the letters about these subjects: the recipient and the text. A letter still
     * waiting (its matter ended long ago) is not sent any more.
     */
    @Modifying
    @Query(value = "update letter set recipient = :mark, body_text = '', body_html = '', "
            + "content_deleted_at = coalesce(content_deleted_at, :now), "
            + "status = case when status = 'PENDING' then 'FAILED' else status end "
            + "where subject_ref in (:refs) and status <> 'SENDING' "
            + "and (recipient <> :mark or content_deleted_at is null)", nativeQuery = true)
    int forgetAbout(Collection<String> refs, String mark, Instant now);

    /** The same for letters whose dedup key starts with one of these prefixes (one per support request). */
    @Modifying
    @Query(value = "update letter set recipient = :mark, body_text = '', body_html = '', "
            + "content_deleted_at = coalesce(content_deleted_at, :now), "
            + "status = case when status = 'PENDING' then 'FAILED' else status end "
            + "where dedup_key like concat(:prefix, '%') and status <> 'SENDING' "
            + "and (recipient <> :mark or content_deleted_at is null)", nativeQuery = true)
    int forgetByKeyPrefix(String prefix, String mark, Instant now);

    @Modifying
    @Query(value = "delete from letter where subject_ref = :ref", nativeQuery = true)
    int deleteAbout(String ref);
}
