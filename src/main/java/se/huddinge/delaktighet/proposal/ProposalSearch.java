package se.huddinge.delaktighet.proposal;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The public list's query: public proposals only, with the resident's search, filters and order. */
final class ProposalSearch {

    private ProposalSearch() {
    }

    static Specification<Proposal> of(ProposalFilter filter, Instant now) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            where.add(root.get("status").in(ProposalStatus.PUBLIC));
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                where.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("text")), like, '\\'),
                        cb.equal(root.get("reference"), filter.text().strip().toUpperCase(Locale.ROOT))));
            }
            if (filter.district() != null && !filter.district().isBlank()) {
                where.add(cb.equal(root.get("district"), filter.district()));
            }
            if (filter.category() != null && !filter.category().isBlank()) {
                where.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.open() != null) {
                Predicate open = cb.and(root.get("status").in(ProposalStatus.PUBLISHED, ProposalStatus.THRESHOLD_REACHED),
                        cb.greaterThan(root.get("supportEndsAt"), now));
                where.add(filter.open() ? open : cb.not(open));
            }
            if (filter.sort() == ProposalFilter.Sort.CLOSING_SOON) {
                where.add(cb.greaterThan(root.get("supportEndsAt"), now));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    static Pageable pageable(ProposalFilter filter, Pageable page) {
        Sort sort = switch (filter.sort() == null ? ProposalFilter.Sort.NEWEST : filter.sort()) {
            case NEWEST -> Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));
            case MOST_SUPPORTED -> Sort.by(Sort.Order.desc("supportCount"), Sort.Order.desc("id"));
            case CLOSING_SOON -> Sort.by(Sort.Order.asc("supportEndsAt"), Sort.Order.asc("id"));
        };
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), sort);
    }
}
