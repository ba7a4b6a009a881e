package se.arbetsmarknad.platform.http;

import java.util.List;

import jakarta.persistence.Query;

import se.arbetsmarknad.platform.problem.ProblemException;

/**
 * Which page of a list the caller asked for: {@code page} counts from 0, {@code size} is 1 to a limit
 * (500 unless the list sets a lower one). Read it from the query with {@link PageParams}; bad values
 * are a 400 naming {@code page} or {@code size}.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** The last page a caller may ask for: every number a request carries is bounded (and says so in OpenAPI). */
    public static final int MAX_PAGE = 1_000_000;

    /** Validates; {@code null} means the default (page 0, {@value #DEFAULT_SIZE} rows). */
    public static PageRequest of(Integer page, Integer size) {
        return of(page, size, MAX_SIZE);
    }

    /** As {@link #of(Integer, Integer)} with a list's own, lower limit of rows per page. */
    public static PageRequest of(Integer page, Integer size, int maxSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? Math.min(DEFAULT_SIZE, maxSize) : size;
        if (s < 1 || s > maxSize) {
            throw ProblemException.invalid("size", "ska vara 1–" + maxSize + " / must be 1–" + maxSize);
        }
        if (p < 0) {
            throw ProblemException.invalid("page", "ska vara minst 0 / must be at least 0");
        }
        if (p > MAX_PAGE) {
            throw ProblemException.invalid("page", "ska vara högst " + MAX_PAGE + " / must be at most " + MAX_PAGE);
        }
        return new PageRequest(p, s);
    }

    /** The first row of this page, counted from 0. */
    public long offset() {
        return (long) page * size;
    }

    /** Limits a JPA or native query to this page. */
    public <Q extends Query> Q apply(Q query) {
        query.setFirstResult(Math.toIntExact(offset()));
        query.setMaxResults(size);
        return query;
    }

    /** This page of {@code items}, out of {@code total} rows in all. */
    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
