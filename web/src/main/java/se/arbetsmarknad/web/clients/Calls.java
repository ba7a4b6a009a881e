package se.arbetsmarknad.web.clients;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * Waiting for service calls a page started together (the REST clients' {@code CompletionStage} operations): a
 * page sends its independent calls at once and waits here, so it takes as long as its slowest call rather than
 * their sum. A call's failure comes out as it would from a blocking call (a {@link ServiceProblem} stays one).
 */
public final class Calls {

    private Calls() {
    }

    public static <T> T join(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
