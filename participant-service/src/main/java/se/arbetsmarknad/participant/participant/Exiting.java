package se.arbetsmarknad.participant.participant;

import java.time.LocalDate;

import se.arbetsmarknad.participant.common.Actor;

/**
 * Fired (synchronously, inside the exit's transaction) just before an enrolment is closed, so that what
 * hangs off the enrolment can end with it on the same day: the intervention package ends every running
 * insats. An observer that refuses throws a problem and the exit does not happen. Keeps this package free
 * of the packages that build on it.
 */
public record Exiting(Actor actor, Access.Loaded participant, LocalDate on) {
}
