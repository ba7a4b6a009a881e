package se.arbetsmarknad.goals.statistic;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;
import se.arbetsmarknad.platform.events.CloudEvent;
import se.arbetsmarknad.platform.events.EventJson;
import se.arbetsmarknad.platform.events.EventTypes;
import se.arbetsmarknad.platform.events.statistic.SeriesUpdated;
import se.arbetsmarknad.platform.inbox.IdempotentConsumer;
import se.arbetsmarknad.platform.time.SuiteClock;

/**
 * Takes reporting-service's figures (statistic.series-updated) as the goals' actuals: the newest asOf
 * per statistic and year wins (an older one arriving late changes nothing), then {@link StatisticChanged}
 * tells the goals bound to it. Goals defined later read the stored series, so figures may arrive first.
 */
@ApplicationScoped
public class StatisticConsumer {

    private static final Logger LOG = Logger.getLogger(StatisticConsumer.class);

    @Inject
    IdempotentConsumer inbox;
    @Inject
    EventJson json;
    @Inject
    Event<StatisticChanged> changed;
    /** The suite clock; {@code now()} is UTC, as timestamps are stored and read back. */
    @Inject
    SuiteClock clock;

    @Incoming("statistic-events")
    @Blocking
    @Transactional
    public void on(String message) {
        inbox.apply(message, this::handle);
    }

    void handle(CloudEvent event) {
        if (!EventTypes.STATISTIC_SERIES_UPDATED.equals(event.type())) {
            return;
        }
        SeriesUpdated s = json.data(event, SeriesUpdated.class);
        if (store(s)) {
            LOG.debugf("statistic %s %d as of %s stored", s.statistic(), s.year(), s.asOf());
            changed.fire(new StatisticChanged(s.statistic(), s.year()));
        }
    }

    /** Upserts the series unless a newer one is stored; {@code true} when it was stored. */
    boolean store(SeriesUpdated s) {
        StatisticSeries row = StatisticSeries.of(s.statistic(), s.year()).orElse(null);
        if (row != null && row.asOf.isAfter(s.asOf())) {
            return false;
        }
        if (row == null) {
            row = new StatisticSeries();
            row.statistic = s.statistic();
            row.year = s.year();
        }
        row.asOf = s.asOf();
        row.aggregation = s.aggregation();
        row.breakdown = s.breakdown();
        row.receivedAt = clock.now();
        row.persist();
        return true;
    }
}
