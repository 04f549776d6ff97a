package se.huddinge.delaktighet.base;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AddressRequestRepository extends JpaRepository<AddressRequest, Long> {

    /**
     * Takes the address's lock row for the rest of the transaction, making it first if needed. An insert that
     * meets the row takes an exclusive lock on it (not a shared one, as a plain insert would), so parallel
     * requests for one address wait for each other instead of deadlocking.
     */
    @Modifying
    @Query(value = "insert into address_lock (address_hash) values (:addressHash) "
            + "on duplicate key update address_hash = address_hash", nativeQuery = true)
    void lock(String addressHash);

    /** Every address's lock row, for a job that must take them before it touches the requests (DD10). */
    @Query(value = "select address_hash from address_lock order by address_hash for update", nativeQuery = true)
    java.util.List<String> lockAllAddresses();

    /** The address's oldest request since {@code since}. */
    Optional<AddressRequest> findFirstByAddressHashAndRequestedAtAfterOrderByRequestedAtAsc(String addressHash,
                                                                                           Instant since);

    long countByAddressHashAndRequestedAtAfter(String addressHash, Instant since);

    @Modifying
    @Query("delete from AddressRequest r where r.requestedAt < :before")
    int deleteOlderThan(Instant before);

    /** Lock rows of addresses that have no request left. */
    @Modifying
    @Query(value = "delete from address_lock where address_hash not in (select address_hash from address_request)",
            nativeQuery = true)
    int deleteUnusedLocks();
}
