/* progress.h: a line on stderr that says how far the run is: documents written, megabytes of
 * input read (of how many, when the size is known), the speed, the share done and the time left.
 * On a terminal it is redrawn in place at most four times a second and erased at the end;
 * elsewhere (only when asked for, with --progress) it is a line a second and a last one.
 *
 * The reader thread adds what it reads (an atomic counter); everything else is the writer's,
 * which also clears the line before it writes a message or records to the same terminal. */
#ifndef WHOSAID_PROGRESS_H
#define WHOSAID_PROGRESS_H

#include <stdatomic.h>
#include <time.h>

typedef struct {
    int on;                   /* shown at all */
    int tty;                  /* stderr is a terminal: redrawn in place */
    int stdout_on_tty;        /* records go to the same terminal: clear before writing them */
    unsigned long long total; /* bytes of input (as stored: compressed), 0 when unknown */
    atomic_ullong read;       /* bytes read so far */
    unsigned long long documents;
    struct timespec start, last;
    int shown; /* a line is on the terminal */
} progress;

/* Decides whether to show progress (mode: enum progress_mode) for these input files (none:
 * standard input), and shows the first line. */
void progress_start(progress *p, int mode, int nfiles, char *const *files);
/* The reader: n more bytes read. */
void progress_read(progress *p, unsigned long long n);
/* The writer: a document written; redraws when it is time. */
void progress_document(progress *p);
/* The writer: before writing to stderr (to_stdout: to stdout), takes the line off the terminal. */
void progress_clear(progress *p, int to_stdout);
/* Erases the line (a terminal) or writes the last one. */
void progress_end(progress *p);

#endif
