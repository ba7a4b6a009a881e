package se.arbetsmarknad.placement.matching;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import se.arbetsmarknad.placement.organisation.Organisation;
import se.arbetsmarknad.placement.organisation.OrganisationEvents;
import se.arbetsmarknad.placement.placement.Placement;
import se.arbetsmarknad.placement.placement.PlacementEvents;
import se.arbetsmarknad.placement.placement.PlacementStatus;

/**
 * The matching index: every placement that is not closed and every active participant, as precomputed
 * {@link PlacementFacts} and {@link ParticipantFacts}, so that ranking thousands of pairs reads no row.
 *
 * <p>Kept current two ways. A writer in this instance tells what it changed ({@link PlacementEvents.Written},
 * {@link OrganisationEvents.Written}, {@link ParticipantWritten}); it is applied when its transaction has
 * committed (a transactional observer), so the writer's next request sees it. Every commit anywhere in the cluster also notifies (PostgreSQL NOTIFY from triggers, see
 * {@link IndexFeed}), and the row is read again: other replicas' changes arrive within milliseconds, and
 * the last reload after the last commit always reads the final state. A placement's version decides
 * between a late hand-over and a reload, so the index never goes back to an older state.
 */
@ApplicationScoped
public class MatchingIndex {

    private static final Logger LOG = Logger.getLogger(MatchingIndex.class);
    private static final int RELOAD_PAGE = 5_000;

    private final PlacementPool placements = new PlacementPool();
    private final ParticipantPool participants = new ParticipantPool();
    private final Map<UUID, String> organisationNames = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    /** Placements that are not closed (callers filter: open, free seat, period). */
    public Collection<PlacementFacts> placements() {
        return placements.all();
    }

    /** The open placements in the ranking's tie order (start, then id), current as of the last change; not to be modified. */
    PlacementFacts[] openPlacementsByStart() {
        return placements.openByStart();
    }

    public Optional<PlacementFacts> placement(UUID id) {
        return placements.get(id).filter(p -> p.status != PlacementStatus.CLOSED);
    }

    /** Active participants. */
    public Collection<ParticipantFacts> participants() {
        return participants.all();
    }

    /** Active participants by id and by occupation interest. */
    ParticipantPool participantPool() {
        return participants;
    }

    public Optional<ParticipantFacts> participant(UUID id) {
        return participants.get(id);
    }

    public String organisationName(UUID id) {
        return organisationNames.get(id);
    }

    public boolean isLoaded() {
        return loaded;
    }

    /** What the projection consumer committed for one participant ({@code facts} null: the row is gone). */
    public record ParticipantWritten(UUID participantId, ParticipantFacts facts) {
    }

    // A writer's own changes, applied once its transaction has committed (never on rollback).

    void placementWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlacementEvents.Written written) {
        apply(PlacementFacts.of(written.placement()));
    }

    void organisationWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationEvents.Written written) {
        organisationNames.put(written.organisation().id, written.organisation().name);
    }

    void participantWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) ParticipantWritten written) {
        if (written.facts() == null) {
            participants.remove(written.participantId());
        } else {
            apply(written.facts());
        }
    }

    void apply(PlacementFacts p) {
        placements.put(p);
    }

    void apply(ParticipantFacts p) {
        if (p.isActive()) {
            participants.put(p);
        } else {
            participants.remove(p.participantId);
        }
    }

    /** Reads everything again (at start, and after the feed lost its connection and may have missed changes). */
    void reloadAll() {
        long start = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation.<Organisation>listAll().forEach(o -> organisationNames.put(o.id, o.name));
            Set<UUID> placementIds = new HashSet<>();
            pages(Placement.<Placement>find("status <> ?1", Sort.by("id"), PlacementStatus.CLOSED), p -> {
                apply(PlacementFacts.of(p));
                placementIds.add(p.id);
            });
            placements.retainAll(placementIds); // closed or gone while the feed was away
            Set<UUID> ids = new HashSet<>();
            pages(ParticipantProfile.<ParticipantProfile>find("status", Sort.by("participantId"), ParticipantStatus.ACTIVE), p -> {
                apply(ParticipantFacts.of(p));
                ids.add(p.participantId);
            });
            participants.retainAll(ids);
        });
        loaded = true;
        LOG.infof("Matching index loaded: %d placements, %d active participants in %d ms", placements.size(),
                participants.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Every row of {@code query}, a page at a time, each page read-only and then let go: 50 000 managed
     * entities and their dirty-checking copies at once would take a hundred megabytes of heap for the moment
     * of a reload, which the process would then keep.
     */
    private static <T> void pages(PanacheQuery<T> query, Consumer<T> each) {
        query.withHint(HibernateHints.HINT_READ_ONLY, true).page(Page.ofSize(RELOAD_PAGE));
        while (true) {
            List<T> page = query.list();
            page.forEach(each);
            Panache.getEntityManager().clear();
            if (page.size() < RELOAD_PAGE) {
                return;
            }
            query.nextPage();
        }
    }

    /** Reads the given rows again after a notification (a missing row or a closed placement leaves the index). */
    void reload(Collection<UUID> placementIds, Collection<UUID> participantIds, Collection<UUID> organisationIds) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (!organisationIds.isEmpty()) {
                Organisation.<Organisation>list("id in ?1", organisationIds).forEach(o -> organisationNames.put(o.id, o.name));
            }
            if (!placementIds.isEmpty()) {
                Placement.<Placement>list("id in ?1", placementIds).forEach(p -> apply(PlacementFacts.of(p)));
            }
            if (!participantIds.isEmpty()) {
                Set<UUID> missing = new HashSet<>(participantIds);
                for (ParticipantProfile p : ParticipantProfile.<ParticipantProfile>list("participantId in ?1", participantIds)) {
                    apply(ParticipantFacts.of(p));
                    missing.remove(p.participantId);
                }
                missing.forEach(participants::remove);
            }
        });
    }
}
