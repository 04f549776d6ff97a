package se.huddinge.delaktighet.nomination.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.huddinge.delaktighet.nomination.RoundFacts;
import se.huddinge.delaktighet.nomination.RoundForm;

/** One criterion of a round: what a nomination is motivated against and the committee scores, in Swedish and English, and optionally Finnish. */
@Entity
@Table(name = "prize_criterion")
public class PrizeCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(name = "title_sv", nullable = false)
    private String titleSv;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "description_sv", nullable = false)
    private String descriptionSv;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    /** Optional (DD43): null when none was written, and a Finnish page shows the Swedish. */
    @Column(name = "title_fi")
    private String titleFi;

    @Column(name = "description_fi")
    private String descriptionFi;

    protected PrizeCriterion() {
    }

    PrizeCriterion(int position, RoundForm.Criterion form) {
        update(position, form);
    }

    void update(int position, RoundForm.Criterion form) {
        this.position = position;
        this.titleSv = form.titleSv().strip();
        this.titleEn = form.titleEn().strip();
        this.descriptionSv = form.descriptionSv().strip();
        this.descriptionEn = form.descriptionEn().strip();
        this.titleFi = blankToNull(form.titleFi());
        this.descriptionFi = blankToNull(form.descriptionFi());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }

    RoundFacts.Criterion facts() {
        return new RoundFacts.Criterion(id, titleSv, titleEn, descriptionSv, descriptionEn, titleFi, descriptionFi);
    }
}
