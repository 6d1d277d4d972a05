/* jobs.h: an ordered pool of worker threads for the command line's -j.
 *
 * The caller submits items in input order; N workers run `work` on them in any order, each
 * worker with its own state (its whosaid extractor); one writer thread runs `write` on them in
 * the order they were submitted. At most `window` items are in flight, so memory is bounded by
 * a window of documents, not by the input; jobs_submit blocks while the window is full.
 * Items belong to the caller: `write` is the last call for an item and may free it.
 */
#ifndef WHOSAID_JOBS_H
#define WHOSAID_JOBS_H

#include <stddef.h>

typedef void (*jobs_work_fn)(void *item, void *worker_state);
typedef void (*jobs_write_fn)(void *item, void *user);

typedef struct jobs jobs;

/* Starts nworkers threads (worker i gets states[i]) and the writer. NULL when threads or
 * memory cannot be had. */
jobs *jobs_start(size_t nworkers, void *const *states, size_t window, jobs_work_fn work, jobs_write_fn write,
                 void *user);
/* Hands over the next item in input order; blocks while `window` items are in flight. */
int jobs_submit(jobs *j, void *item);
/* Waits until every submitted item has been written, then ends the threads and frees j. */
void jobs_finish(jobs *j);

#endif
