package se.arbetsmarknad.platform.it;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventJson;
import se.arbetsmarknad.platform.http.Page;
import se.arbetsmarknad.platform.http.PageParams;
import se.arbetsmarknad.platform.http.PageRequest;
import se.arbetsmarknad.platform.http.Paging;
import se.arbetsmarknad.platform.inbox.BatchConsumer;
import se.arbetsmarknad.platform.outbox.Outbox;
import se.arbetsmarknad.platform.problem.ProblemException;
import se.arbetsmarknad.platform.security.AccessScope;
import se.arbetsmarknad.platform.security.UnitScope;

/** A minimal service on the platform: a resource that writes through the outbox and a consumer. */
public class ThingApp {

    public record Change(@NotBlank String thingId, @NotNull @Min(0) Integer n) {
    }

    public record Batch(@NotNull @Size(min = 1) List<@Valid Change> changes) {
    }

    public record ThingChanged(String thingId, int n) {
    }

    /** An optional body (RequestInputTest): none means n = 0. */
    public record Touch(@Min(0) Integer n) {
    }

    public record Touched(String id, boolean absent, int n) {
    }

    /** Query parameters of the types the services take, as they were read (RequestInputTest). */
    public record Query(Integer n, int limit, UUID key, LocalDate day, OffsetDateTime at, boolean flag, List<UUID> keys) {
    }

    @Path("/things")
    @RolesAllowed("case-officer")
    public static class Resource {
        @Inject
        Service service;

        @POST
        public void change(@NotNull @Valid Batch batch) {
            service.change(batch);
        }

        /** Things whose id starts with {@code prefix}, paged the platform's way. */
        @GET
        public Response list(@QueryParam("prefix") @DefaultValue("") String prefix, @BeanParam PageParams paging,
                @Context UriInfo uri) {
            return Paging.response(service.list(prefix, paging.request()), uri);
        }

        @POST
        @Path("{id}/touch")
        public Touched touch(@PathParam("id") String id, @Valid Touch touch) {
            return new Touched(id, touch == null, touch == null || touch.n() == null ? 0 : touch.n());
        }

        @GET
        @Path("query")
        public Query query(@QueryParam("n") Integer n, @QueryParam("limit") @DefaultValue("50") int limit,
                @QueryParam("key") UUID key, @QueryParam("day") LocalDate day, @QueryParam("at") OffsetDateTime at,
                @QueryParam("flag") @DefaultValue("false") boolean flag, @QueryParam("keys") List<UUID> keys) {
            return new Query(n, limit, key, day, at, flag, keys);
        }

        @POST
        @Path("{id}/fail")
        public void fail(@PathParam("id") String id) {
            service.failAfterWrite(id);
        }
    }

    /** The caller's two unit scopes, as the platform computes them. */
    @Path("/scope")
    @RolesAllowed({ "case-officer", "manager", "admin", "placement-provider" })
    public static class ScopeResource {
        @Inject
        AccessScope scope;

        public record Scopes(UnitScope participants, UnitScope figures) {
        }

        @GET
        public Scopes scopes() {
            return new Scopes(scope.participants(), scope.figures());
        }
    }

    @ApplicationScoped
    public static class Service {
        @Inject
        EntityManager em;
        @Inject
        Outbox outbox;

        @Transactional
        public void change(Batch batch) {
            for (Change c : batch.changes()) {
                em.createNativeQuery("insert into thing (id, name) values (:id, :id) on conflict (id) do update set version = thing.version + 1")
                        .setParameter("id", c.thingId()).executeUpdate();
                outbox.publish("thing.events.v1", c.thingId(), "thing.changed", new ThingChanged(c.thingId(), c.n()));
            }
        }

        @Transactional
        @SuppressWarnings("unchecked")
        public Page<String> list(String prefix, PageRequest request) {
            List<String> ids = request.apply(em.createNativeQuery("select id from thing where id like :p order by id")
                    .setParameter("p", prefix + "%")).getResultList();
            long total = ((Number) em.createNativeQuery("select count(*) from thing where id like :p")
                    .setParameter("p", prefix + "%").getSingleResult()).longValue();
            return request.of(ids, total);
        }

        /** Writes state and an event, then fails: neither may survive. */
        @Transactional
        public void failAfterWrite(String id) {
            em.createNativeQuery("insert into thing (id, name) values (:id, :id)").setParameter("id", id).executeUpdate();
            outbox.publish("thing.events.v1", id, "thing.changed", new ThingChanged(id, 0));
            throw ProblemException.conflict("thingId", "always fails after writing");
        }
    }

    /** The batched consumer, as services use it; remembers the largest batch it was given. */
    @ApplicationScoped
    public static class Consumer {
        static final AtomicInteger LARGEST_BATCH = new AtomicInteger();
        /** How often events of a "flaky-" thing have failed with a lost database connection. */
        static final Map<String, AtomicInteger> FLAKES = new ConcurrentHashMap<>();

        @Inject
        BatchConsumer batches;
        @Inject
        EventJson json;
        @Inject
        EntityManager em;

        @Incoming("things")
        @Blocking
        public void on(ConsumerRecords<String, String> records) {
            LARGEST_BATCH.accumulateAndGet(records.count(), Math::max);
            batches.apply(records, this::apply, this::stampBatch);
        }

        /** The once-per-transaction step: one applied_batch row for the changes this transaction applied. */
        private void stampBatch() {
            em.createNativeQuery("""
                    with b as (insert into applied_batch (events)
                               select count(*) from applied_change where batch is null returning id)
                    update applied_change set batch = (select id from b) where batch is null""").executeUpdate();
        }

        private void apply(CloudEvent event) {
            ThingChanged change = json.data(event, ThingChanged.class);
            if (change.thingId().startsWith("poison")) {
                throw new IllegalStateException("cannot apply " + change.thingId());
            }
            if (change.thingId().startsWith("flaky-")
                    && FLAKES.computeIfAbsent(change.thingId(), k -> new AtomicInteger()).incrementAndGet() <= 2) {
                throw new IllegalStateException("database away",
                        new java.sql.SQLTransientConnectionException("connection lost", "08006"));
            }
            em.createNativeQuery("insert into applied_change (thing_id, n) values (:id, :n)")
                    .setParameter("id", change.thingId()).setParameter("n", change.n()).executeUpdate();
        }
    }
}
