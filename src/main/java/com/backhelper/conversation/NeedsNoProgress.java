package com.backhelper.conversation;

/**
 * Marks a handler that answers without the person's progress: warning signs and calls for help, where the person
 * must hear what to do at once. For a request one of these handlers can take, the {@link ProgressKeeper} makes no
 * DynamoDB call at all: no read at the start, no write at the end (changes an earlier turn could not save are logged
 * as lost rather than delay the answer). A new handler opts in by implementing this; nothing else is needed.
 */
public interface NeedsNoProgress {
}
