/* jobs.c: the ordered pool behind -j (see jobs.h).
 *
 * A ring of `window` slots. Three counters, all growing: `submitted` items handed over,
 * `taken` by a worker (in order, so a worker takes the oldest waiting item), `written` by the
 * writer (in order). Slot k % window holds item k while written <= k < submitted. One mutex
 * guards the counters and the slots' done flags; work and write run outside it.
 */
#include "jobs.h"

#include <pthread.h>
#include <stdlib.h>

typedef struct {
    void *item;
    int done;
} slot;

typedef struct {
    jobs *j;
    void *state;
    pthread_t thread;
} worker;

struct jobs {
    pthread_mutex_t mu;
    pthread_cond_t work_ready;  /* workers: an item waits to be taken, or closing */
    pthread_cond_t head_done;   /* writer: the oldest item is done, or closing */
    pthread_cond_t space;       /* submitter: a slot is free */
    slot *slots;
    size_t window;
    size_t submitted, taken, written;
    int closing;
    jobs_work_fn work;
    jobs_write_fn write;
    void *user;
    worker *workers;
    size_t nworkers, started;
    pthread_t writer;
    int writer_started;
};

static void *work_loop(void *arg) {
    worker *w = arg;
    jobs *j = w->j;
    pthread_mutex_lock(&j->mu);
    for (;;) {
        while (j->taken == j->submitted && !j->closing) pthread_cond_wait(&j->work_ready, &j->mu);
        if (j->taken == j->submitted) break; /* closing and nothing left */
        slot *s = &j->slots[j->taken++ % j->window];
        pthread_mutex_unlock(&j->mu);
        j->work(s->item, w->state);
        pthread_mutex_lock(&j->mu);
        s->done = 1;
        if (s == &j->slots[j->written % j->window]) pthread_cond_signal(&j->head_done);
    }
    pthread_mutex_unlock(&j->mu);
    return NULL;
}

static void *write_loop(void *arg) {
    jobs *j = arg;
    pthread_mutex_lock(&j->mu);
    for (;;) {
        slot *s = &j->slots[j->written % j->window];
        while (!(j->written < j->submitted && s->done) && !(j->closing && j->written == j->submitted))
            pthread_cond_wait(&j->head_done, &j->mu);
        if (j->written == j->submitted) break; /* closing and all written */
        pthread_mutex_unlock(&j->mu);
        j->write(s->item, j->user);
        pthread_mutex_lock(&j->mu);
        s->item = NULL;
        s->done = 0;
        j->written++;
        pthread_cond_signal(&j->space);
    }
    pthread_mutex_unlock(&j->mu);
    return NULL;
}

static void stop_threads(jobs *j) {
    pthread_mutex_lock(&j->mu);
    j->closing = 1;
    pthread_cond_broadcast(&j->work_ready);
    pthread_cond_broadcast(&j->head_done);
    pthread_mutex_unlock(&j->mu);
    for (size_t i = 0; i < j->started; i++) pthread_join(j->workers[i].thread, NULL);
    if (j->writer_started) pthread_join(j->writer, NULL);
    pthread_mutex_destroy(&j->mu);
    pthread_cond_destroy(&j->work_ready);
    pthread_cond_destroy(&j->head_done);
    pthread_cond_destroy(&j->space);
    free(j->workers);
    free(j->slots);
    free(j);
}

jobs *jobs_start(size_t nworkers, void *const *states, size_t window, jobs_work_fn work, jobs_write_fn write,
                 void *user) {
    if (!nworkers || !window) return NULL;
    jobs *j = calloc(1, sizeof *j);
    if (!j) return NULL;
    j->slots = calloc(window, sizeof *j->slots);
    j->workers = calloc(nworkers, sizeof *j->workers);
    if (!j->slots || !j->workers) {
        free(j->slots);
        free(j->workers);
        free(j);
        return NULL;
    }
    j->window = window;
    j->work = work;
    j->write = write;
    j->user = user;
    j->nworkers = nworkers;
    pthread_mutex_init(&j->mu, NULL);
    pthread_cond_init(&j->work_ready, NULL);
    pthread_cond_init(&j->head_done, NULL);
    pthread_cond_init(&j->space, NULL);
    for (; j->started < nworkers; j->started++) {
        worker *w = &j->workers[j->started];
        w->j = j;
        w->state = states[j->started];
        if (pthread_create(&w->thread, NULL, work_loop, w) != 0) break;
    }
    if (j->started == nworkers && pthread_create(&j->writer, NULL, write_loop, j) == 0) j->writer_started = 1;
    if (!j->writer_started) {
        stop_threads(j);
        return NULL;
    }
    return j;
}

int jobs_submit(jobs *j, void *item) {
    pthread_mutex_lock(&j->mu);
    while (j->submitted - j->written >= j->window) pthread_cond_wait(&j->space, &j->mu);
    slot *s = &j->slots[j->submitted % j->window];
    s->item = item;
    s->done = 0;
    j->submitted++;
    pthread_cond_signal(&j->work_ready);
    pthread_mutex_unlock(&j->mu);
    return 0;
}

void jobs_finish(jobs *j) { stop_threads(j); }
