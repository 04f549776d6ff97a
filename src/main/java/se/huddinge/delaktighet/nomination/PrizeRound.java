package se.huddinge.delaktighet.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One year's Demokratipriset. Nominations are open from {@code opensAt} until {@code closesAt} inclusive; both
 * are instants, so "20 August 23:59:59 in Stockholm" means the same on every server.
 */
@Entity
@Table(name = "prize_round")
public class PrizeRound {

    /** Where a round stands at a given moment. */
    public enum Phase { ANNOUNCED, OPEN, REVIEW, DECIDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "round_year", nullable = false, unique = true)
    private int year;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "award_day")
    private LocalDate awardDay;

    @Column(name = "prize_sum_sek", nullable = false)
    private int prizeSumSek;

    @Column(nullable = false)
    private int winners;

    @Column(name = "criteria_sv", nullable = false, length = 4000)
    private String criteriaSv;

    @Column(name = "criteria_en", nullable = false, length = 4000)
    private String criteriaEn;

    @Column(nullable = false)
    private boolean decided;

    protected PrizeRound() {
    }

    public PrizeRound(int year, Instant opensAt, Instant closesAt, LocalDate awardDay, int prizeSumSek, int winners,
                      String criteriaSv, String criteriaEn) {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("A round must close after it opens");
        }
        this.year = year;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.awardDay = awardDay;
        this.prizeSumSek = prizeSumSek;
        this.winners = winners;
        this.criteriaSv = criteriaSv;
        this.criteriaEn = criteriaEn;
    }

    public Phase phaseAt(Instant now) {
        if (decided) {
            return Phase.DECIDED;
        }
        if (now.isBefore(opensAt)) {
            return Phase.ANNOUNCED;
        }
        return now.isAfter(closesAt) ? Phase.REVIEW : Phase.OPEN;
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public ZonedDateTime closesAt(ZoneId zone) {
        return closesAt.atZone(zone);
    }

    public LocalDate getAwardDay() {
        return awardDay;
    }

    public int getPrizeSumSek() {
        return prizeSumSek;
    }

    public int getWinners() {
        return winners;
    }

    public String criteria(boolean english) {
        return english ? criteriaEn : criteriaSv;
    }
}
