package se.arbetsmarknad.reporting.readmodel;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.transaction.TransactionScoped;

/**
 * The participants a transaction's batch looked up in one query and found without a state
 * ({@link ParticipantProjection#load}): their lookups need no select. The others found are in the
 * persistence context already. Empty in a transaction that loaded nothing (a rebuild's), so every
 * lookup then goes to the database.
 */
@TransactionScoped
public class LoadedStates implements Serializable {

    // Reached through methods only: the bean is used through its client proxy, whose own fields are empty.
    private final Set<UUID> absent = new HashSet<>();

    void clear() {
        absent.clear();
    }

    void absent(Set<UUID> ids) {
        absent.addAll(ids);
    }

    /** A state was created for it in this transaction. */
    void present(UUID id) {
        absent.remove(id);
    }

    boolean isAbsent(UUID id) {
        return absent.contains(id);
    }
}
