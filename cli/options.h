/* options.h: the command line's options: what they are, their defaults, how they are read, and
 * the help text that lists them (kept in step with doc/whosaid.1; tests/unix_test.py checks it). */
#ifndef WHOSAID_OPTIONS_H
#define WHOSAID_OPTIONS_H

#include <stddef.h>

enum exit_status { EXIT_ALL_READ = 0, EXIT_SOME_SKIPPED = 1, EXIT_USAGE = 2 };

#define DEFAULT_MAX_DOC_BYTES ((size_t)64 << 20)
#define MAX_JOBS 1024
/* A batch is handed over (and with -j 1 the output flushed) at these sizes even when more
 * input is ready: large enough that threads seldom meet, small enough to keep memory low. */
enum { BATCH_ITEMS = 256, BATCH_BYTES = 1 << 19 };

enum progress_mode { PROGRESS_AUTO = -1, PROGRESS_OFF = 0, PROGRESS_ON = 1 };

typedef struct {
    int jsonl;
    const char *text_field, *id_field;
    char **keep;
    size_t nkeep;
    int tsv;
    unsigned types;
    const char *rules_dir;
    long jobs;
    size_t max_doc_bytes;
    int trace;
    int html;          /* --html: every document is HTML */
    int html_entities; /* --html-entities: decode character references in text that is not HTML */
    int progress;      /* enum progress_mode */
    const char *lang;       /* --lang: every document's language, or NULL: found per document */
    const char *lang_field; /* --lang-field: the JSON field that names a document's language */
    char **parse_keep;      /* the fields read from a JSON line: keep, then lang_field */
    size_t nparse_keep;
} options;

/* Sets the defaults. */
void options_init(options *opt);
/* Reads argv into opt. Returns 0 to go on (the files start at argv[*first_file]), -1 when
 * --help or --version has been answered, or an exit status (EXIT_USAGE, with a message on
 * stderr). */
int options_parse(int argc, char **argv, options *opt, int *first_file);
void options_free(options *opt);

/* Reads a size: digits and an optional suffix K, M, G, T (powers of 1024, also written KiB,
 * MiB...) or KB, MB, GB, TB (powers of 1000), as GNU tools read them. 0 or -1. */
int parse_size(const char *s, unsigned long long *out);

#endif
