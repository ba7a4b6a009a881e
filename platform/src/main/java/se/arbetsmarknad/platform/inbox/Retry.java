package se.arbetsmarknad.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;

/** Waiting between attempts after an infrastructure failure, doubling up to a limit. */
final class Retry {

    private final Duration max;
    private Duration next;

    Retry(InboxConfig config) {
        this.next = config.retryBackoff();
        this.max = config.maxRetryBackoff();
    }

    void pause() {
        try {
            Thread.sleep(next.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
    }

    /**
     * Whether a failure lies with the infrastructure, not with the event: the database unreachable,
     * a connection lost, a serialisation failure or deadlock (retrying helps), too many connections, a
     * server shutting down. Such an event is retried, not dead-lettered.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                        || state.equals("40001") || state.equals("40P01")) {
                    return true;
                }
            }
        }
        return false;
    }
}
