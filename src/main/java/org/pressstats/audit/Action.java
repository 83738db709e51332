package org.pressstats.audit;

/** What a change did; RESTORE is a write back of an earlier version from the history. */
public enum Action {
    CREATE, REPLACE, DELETE, RESTORE
}
