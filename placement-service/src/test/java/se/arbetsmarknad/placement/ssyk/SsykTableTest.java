package se.arbetsmarknad.placement.ssyk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The start-up load writes {@code ssyk_code} in one statement and only what differs: the table holds
 * exactly the catalogue, and a restart with the same catalogue writes no row.
 */
@QuarkusTest
class SsykTableTest {

    @Inject
    SsykCatalogue catalogue;
    @Inject
    EntityManager em;

    @Test
    void theTableHoldsTheCatalogueAndTheSameCatalogueWritesNothing() {
        List<SsykCatalogue.Entry> shipped = SsykCatalogue.read(Optional.empty());
        assertThat(rows()).isEqualTo(633);
        assertThat(parentOf("8331")).isEqualTo("833");
        assertThat(store(shipped)).isZero();

        List<SsykCatalogue.Entry> changed = new ArrayList<>(shipped.subList(0, shipped.size() - 1));
        SsykCatalogue.Entry first = changed.get(0);
        changed.set(0, new SsykCatalogue.Entry(first.code(), first.level(), "Ändrat namn", first.nameEn()));
        try {
            assertThat(store(changed)).isEqualTo(1); // the renamed group; the last one is deleted
            assertThat(rows()).isEqualTo(632);
        } finally {
            assertThat(store(shipped)).isEqualTo(2); // the name back, the deleted group again
        }
        assertThat(rows()).isEqualTo(633);
    }

    private int store(List<SsykCatalogue.Entry> list) {
        return QuarkusTransaction.requiringNew().call(() -> catalogue.store(list));
    }

    private long rows() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from ssyk_code").getSingleResult()).longValue());
    }

    private String parentOf(String code) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select parent from ssyk_code where code = :c").setParameter("c", code).getSingleResult());
    }
}
