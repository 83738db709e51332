package org.pressstats.draft;

/** A report file the drafts cannot read (damaged, locked, a bomb, no text); the message says why, for the client. */
final class UnreadableFile extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableFile(String message) {
        super(message, null, false, false);
    }
}
