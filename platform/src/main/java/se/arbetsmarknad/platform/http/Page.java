package se.arbetsmarknad.platform.http;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, the envelope of every paged answer: the rows, where they are and how many there
 * are in all. {@link Paging#response} sends it with {@code X-Total-Count} and RFC 8288 {@code Link}s.
 */
public record Page<T>(
        List<T> items,
        @Schema(description = "Sidnummer från 0 / page number from 0", example = "0") int page,
        @Schema(description = "Sidstorlek / page size", example = "50") int size,
        @Schema(description = "Antal träffar totalt / total number of matches", example = "137") long total) {

    /** The number of the last page (0 when the list is empty). */
    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / size);
    }

    public boolean hasNext() {
        return page < lastPage();
    }

    /** The same page with each row mapped, e.g. from entity to view. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
