package se.huddinge.delaktighet.base;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The rows a lazy list asks for, as a Spring Data {@link Pageable}: from {@code offset}, at most {@code limit}. Vaadin
 * asks by offset and limit, and an offset need not fall on a page's start (a {@code PageRequest} would then read the
 * page around it); Spring Data reads {@link #getOffset()} and {@link #getPageSize()}.
 */
public record Rows(long offset, int limit, Sort sort) implements Pageable {

    public Rows {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    public static Rows of(int offset, int limit) {
        return new Rows(offset, limit, Sort.unsorted());
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new Rows(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return new Rows(Math.max(0, offset - limit), limit, sort);
    }

    @Override
    public Pageable first() {
        return new Rows(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new Rows((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
