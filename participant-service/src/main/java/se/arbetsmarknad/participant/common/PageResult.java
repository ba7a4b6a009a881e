package se.arbetsmarknad.participant.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total (also sent as header X-Total-Count). */
public record PageResult<T>(
        List<T> items,
        @Schema(description = "Sidnummer från 0 / page number from 0", example = "0") int page,
        @Schema(description = "Sidstorlek / page size", example = "50") int size,
        @Schema(description = "Antal träffar totalt / total number of matches", example = "137") long total) {
}
