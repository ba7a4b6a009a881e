package se.arbetsmarknad.reporting.readmodel;

/**
 * The read model was emptied for a rebuild (a CDI event, fired in the emptying transaction): what feeds
 * the counters from outside the topics (the imported assistance figures) puts its part back.
 */
public record ReadModelCleared() {
}
