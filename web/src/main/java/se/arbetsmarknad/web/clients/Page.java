package se.arbetsmarknad.web.clients;

import java.util.List;

/** One page of a service's list: {items, page (from 0), size, total} — the suite's paging envelope. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean empty() {
        return items == null || items.isEmpty();
    }

    /** The page numbers (from 0) a pager shows: up to two on each side of this one. */
    public List<Integer> pageNumbers() {
        int from = Math.max(0, page - 2);
        int to = Math.min(pages() - 1, page + 2);
        return java.util.stream.IntStream.rangeClosed(from, Math.max(from, to)).boxed().toList();
    }

    /** 1-based number of the first and last row shown, for "Visar 21–40 av 137". */
    public long first() {
        return empty() ? 0 : (long) page * size + 1;
    }

    public long last() {
        return empty() ? 0 : first() + items.size() - 1;
    }
}
