/* progress.c: the progress line (see progress.h). */
#include "progress.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "options.h"
#include "thousands.h"

/* Redraws on a terminal at most this often; lines elsewhere once a second. */
enum { TTY_INTERVAL_MS = 250, LINE_INTERVAL_MS = 1000 };

static double seconds_since(const struct timespec *t) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* The size of an input that is a regular file, or 0. */
static unsigned long long size_of(const char *path) {
    struct stat st;
    int rc = strcmp(path, "-") ? stat(path, &st) : fstat(STDIN_FILENO, &st);
    return rc == 0 && S_ISREG(st.st_mode) ? (unsigned long long)st.st_size : 0;
}

static void duration(double s, char *out, size_t size) {
    unsigned long t = (unsigned long)(s + 0.5);
    if (t < 60) snprintf(out, size, "%lu s", t);
    else if (t < 3600) snprintf(out, size, "%lu min %02lu s", t / 60, t % 60);
    else snprintf(out, size, "%lu h %02lu min", t / 3600, t / 60 % 60);
}

static void draw(progress *p, int last) {
    unsigned long long read = atomic_load(&p->read);
    double secs = seconds_since(&p->start), mb = (double)read / 1e6;
    char docs[40], line[256], left[40];
    thousands(p->documents, docs, sizeof docs);
    int n = snprintf(line, sizeof line, "whosaid: %s%s document%s, %.1f", last ? "done: " : "", docs,
                     p->documents == 1 ? "" : "s", mb);
    if (p->total && !last)
        n += snprintf(line + n, sizeof line - (size_t)n, " of %.1f MB (%d%%)", (double)p->total / 1e6,
                      (int)(100.0 * (double)(read < p->total ? read : p->total) / (double)p->total));
    else
        n += snprintf(line + n, sizeof line - (size_t)n, " MB");
    if (secs >= 0.2) n += snprintf(line + n, sizeof line - (size_t)n, ", %.1f MB/s", mb / secs);
    if (last) {
        duration(secs, left, sizeof left);
        snprintf(line + n, sizeof line - (size_t)n, " in %s", left);
    } else if (p->total && read && secs >= 1 && read < p->total) {
        duration(secs * (double)(p->total - read) / (double)read, left, sizeof left);
        snprintf(line + n, sizeof line - (size_t)n, ", %s left", left);
    }
    if (p->tty) fprintf(stderr, "\r\033[K%s", line);
    else fprintf(stderr, "%s\n", line);
    fflush(stderr);
    p->shown = p->tty;
    clock_gettime(CLOCK_MONOTONIC, &p->last);
}

void progress_start(progress *p, int mode, int nfiles, char *const *files) {
    memset(p, 0, sizeof *p);
    p->tty = isatty(STDERR_FILENO);
    p->stdout_on_tty = isatty(STDOUT_FILENO);
    int known = 1;
    for (int i = 0; i < (nfiles ? nfiles : 1); i++) {
        unsigned long long n = size_of(nfiles ? files[i] : "-");
        if (!n) known = 0;
        p->total += n;
    }
    if (!known) p->total = 0;
    /* by default only where it helps and harms nothing: a terminal for it, records going
     * elsewhere, and an end to estimate */
    p->on = mode == PROGRESS_ON || (mode == PROGRESS_AUTO && p->tty && !p->stdout_on_tty && p->total);
    if (!p->on) return;
    clock_gettime(CLOCK_MONOTONIC, &p->start);
    draw(p, 0);
}

void progress_read(progress *p, unsigned long long n) {
    if (p->on) atomic_fetch_add(&p->read, n);
}

void progress_document(progress *p) {
    if (!p->on) return;
    p->documents++;
    if (seconds_since(&p->last) * 1000 >= (p->tty ? TTY_INTERVAL_MS : LINE_INTERVAL_MS)) draw(p, 0);
}

void progress_clear(progress *p, int to_stdout) {
    if (!p->shown || (to_stdout && !p->stdout_on_tty)) return;
    fputs("\r\033[K", stderr);
    fflush(stderr);
    p->shown = 0;
}

void progress_end(progress *p) {
    if (!p->on) return;
    if (p->tty) progress_clear(p, 0);
    else draw(p, 1);
}
