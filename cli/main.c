/* main.c: the whosaid command line (see whosaid --help, whosaid.1 and contract.md).
 *
 * The main thread reads the input and cuts it into items: a plain-text file, a JSON line, or a
 * message about input that could not be read. Each item is worked on (parsed, run through the
 * pipeline, rendered into its own output and message buffers) and then written: its messages
 * to stderr, its records to stdout, flushed. With -j 1 that happens in turn on the main
 * thread; with -j N, N workers (each with its own whosaid extractor over the shared rules) do
 * the work and one writer writes the items in input order (jobs.c). The same two functions do
 * the work and the writing in both cases, so stdout and stderr are the same whatever N is.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "emit.h"
#include "jobs.h"
#include "reader.h"
#include "whosaid.h"

enum exit_status { EXIT_ALL_READ = 0, EXIT_SOME_SKIPPED = 1, EXIT_USAGE = 2 };

#define DEFAULT_MAX_DOC_BYTES ((size_t)64 << 20)
#define MAX_JOBS 1024
/* batches in flight per worker thread: enough to keep workers busy past a long document */
#define WINDOW_PER_JOB 3
/* A batch is handed over (and with -j 1 the output flushed) at these sizes even when more
 * input is ready: large enough that threads seldom meet, small enough to keep memory low. */
enum { BATCH_ITEMS = 256, BATCH_BYTES = 1 << 19 };

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
} options;

typedef struct {
    const options *opt;
    atomic_int stop;  /* set by the writer when stdout is closed or fails; ends reading */
    int status;       /* the exit status so far; only the writer changes it */
} run;

enum item_kind { ITEM_PLAIN, ITEM_JSONL, ITEM_MESSAGE };

typedef struct {
    enum item_kind kind;
    const char *file;  /* borrowed from argv */
    size_t line;       /* of a JSON line, from 1 */
    char *input;       /* the plain text or the JSON line, owned unless borrowed */
    size_t len;
    int borrowed;      /* input is the line reader's (-j 1, where the item is done at once) */
    buf out;           /* what goes to stdout */
    buf err;           /* what goes to stderr, written first */
    int status;
} item;

typedef struct {
    const options *opt;
    run *ru;
    whosaid *ws;
    int streams; /* -j 1: an item's output goes to stdout as it is made (see STREAM_BYTES) */
} worker;

static void usage(FILE *f) {
    fprintf(f,
            "Usage: whosaid [OPTIONS] [FILE...]\n"
            "Finds the quotations in news text and writes one JSON line per quotation: the quote,\n"
            "who said it, their role, the cue and where it stands. With no FILE, or with -, reads\n"
            "standard input. Each plain-text FILE is one document, its id the path as given.\n"
            "\n"
            "Input:\n"
            "  -J, --jsonl            input is JSON lines, one document per line (default: off,\n"
            "                         each FILE is one plain-text document)\n"
            "      --text-field NAME  the field holding the text (default: text)\n"
            "      --id-field NAME    the field holding the document id (default: id;\n"
            "                         a line without one gets \"FILE:LINE\")\n"
            "      --keep A,B         copy these document fields into every record, after the\n"
            "                         record's own fields; a missing field is null (default: none)\n"
            "      --max-doc-bytes N  skip, with a message, documents larger than N bytes\n"
            "                         (default: %zu)\n"
            "Output:\n"
            "  -f, --format FMT       jsonl or tsv (default: jsonl); tsv has a header line, null\n"
            "                         as an empty cell, and tab, newline, CR and backslash as\n"
            "                         \\t \\n \\r \\\\\n"
            "  -t, --types LIST       kinds to write: direct, mixed, indirect, partial, scare, title or all\n"
            "                         (default: direct,mixed,indirect)\n"
            "      --trace            instead of records, show what each stage saw in each\n"
            "                         document (default: off)\n"
            "Processing:\n"
            "  -j, --jobs N           worker threads; output is in input order whatever N is\n"
            "                         (default: 1; 0 means one per processor)\n"
            "      --rules DIR        read rule files from DIR (default: the built-in rules)\n"
            "  -h, --help             show this help and exit\n"
            "  -V, --version          show the version and exit\n"
            "\n"
            "Exit status: 0 all input read; 1 some input could not be read or was skipped (each\n"
            "case reported on stderr as FILE:LINE: reason); 2 bad usage.\n"
            "Output is flushed before whosaid waits for more input and at least every %d\n"
            "documents; a closed output ends the run with status 0.\n"
            "See whosaid(1) for the record fields and TSV columns.\n",
            DEFAULT_MAX_DOC_BYTES, BATCH_ITEMS);
}

/* Adds the names of a --keep list to items, skipping empty names and repeats. */
static int split_list(const char *s, char ***items, size_t *n) {
    while (*s) {
        size_t len = strcspn(s, ",");
        int seen = !len;
        for (size_t i = 0; i < *n && !seen; i++) seen = strlen((*items)[i]) == len && !strncmp((*items)[i], s, len);
        if (!seen) {
            char **p = realloc(*items, (*n + 1) * sizeof *p);
            if (!p) return -1;
            *items = p;
            if (!(p[*n] = strndup(s, len))) return -1;
            (*n)++;
        }
        s += len;
        if (*s == ',') s++;
    }
    return 0;
}

static void message(item *it, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void message(item *it, const char *fmt, ...) {
    char text[4600];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (n > 0) buf_append(&it->err, text, (size_t)n < sizeof text ? (size_t)n : sizeof text - 1);
    it->status = EXIT_SOME_SKIPPED;
}

/* ---- work: one item into its buffers (any thread) ---- */

/* With -j 1 an item is written as soon as it is worked on, so its records need not wait for
 * the end of the document: they go to stdout a block at a time. A dense document's records can
 * take 15 times its size; held whole, they would be most of the memory a document takes. With
 * -j N they wait in the item for their turn. */
enum { STREAM_BYTES = 1 << 16 };

static void output_failed(run *ru);

/* Writes out what the item's output holds so far (-j 1 only, where no other item is pending). */
static void stream_out(buf *out, run *ru) {
    errno = 0;
    if (!atomic_load(&ru->stop) && out->len && fwrite(out->data, 1, out->len, stdout) < out->len) output_failed(ru);
    out->len = 0;
}

typedef struct {
    const options *opt;
    buf *out;
    json_t *doc_id;
    emit_keep keep;
    run *stream; /* -j 1: write out every STREAM_BYTES; NULL: keep it all */
} record_sink;

static int on_record(const whosaid_record *rec, void *user) {
    record_sink *s = user;
    int rc = s->opt->tsv ? emit_tsv(s->out, rec, s->doc_id, &s->keep) : emit_jsonl(s->out, rec, s->doc_id, &s->keep);
    if (rc == 0 && s->stream && s->out->len >= STREAM_BYTES) {
        stream_out(s->out, s->stream);
        rc = atomic_load(&s->stream->stop); /* nobody reads the rest */
    }
    return rc != 0;
}

static void render(worker *w, item *it, const char *text, size_t len, json_t *doc_id, json_t *keep) {
    const options *opt = w->opt;
    int rc;
    if (opt->trace && w->streams) {
        rc = whosaid_trace(w->ws, text, len, stdout); /* in order already: nothing else is pending */
    } else if (opt->trace) {
        char *s = NULL;
        size_t n = 0;
        FILE *f = open_memstream(&s, &n);
        if (!f) {
            rc = WHOSAID_ENOMEM;
        } else {
            rc = whosaid_trace(w->ws, text, len, f);
            if (fclose(f) != 0 && rc == WHOSAID_OK) rc = WHOSAID_ENOMEM;
            if (rc == WHOSAID_OK && buf_append(&it->out, s, n) != 0) rc = WHOSAID_ENOMEM;
        }
        free(s);
    } else {
        record_sink sink = {opt, &it->out, doc_id, {(const char *const *)opt->keep, opt->nkeep, keep},
                            w->streams ? w->ru : NULL};
        /* room for a news article's records at once, rather than growing a few bytes at first */
        rc = buf_reserve(&it->out, 4096) != 0 ? WHOSAID_ENOMEM
                                               : whosaid_process(w->ws, text, len, opt->types, on_record, &sink);
    }
    if (rc != WHOSAID_OK) {
        /* the records made before the failure stay (with -j 1 some are out already), and the
         * message follows them, whatever -j is */
        if (it->line) message(it, "%s:%zu: skipped: %s\n", it->file, it->line, whosaid_strerror(rc));
        else message(it, "%s: skipped: %s\n", it->file, whosaid_strerror(rc));
    }
}

static void work(void *arg, void *state) {
    item *it = arg;
    worker *w = state;
    if (atomic_load(&w->ru->stop)) return;
    if (it->kind == ITEM_PLAIN) {
        json_t *id = json_string(it->file);
        if (!id) id = json_string("?"); /* a path that is not UTF-8 */
        render(w, it, it->input, it->len, id, NULL);
        json_decref(id);
    } else if (it->kind == ITEM_JSONL) {
        const options *opt = w->opt;
        jsonl_doc doc;
        char err[512];
        if (jsonl_parse(it->input, it->len, opt->text_field, opt->id_field, (const char *const *)opt->keep, opt->nkeep,
                        it->file, it->line, &doc, err, sizeof err) != 0) {
            message(it, "%s:%zu: skipped: %s\n", it->file, it->line, err);
            return;
        }
        if (doc.len > opt->max_doc_bytes)
            message(it, "%s:%zu: skipped: text larger than --max-doc-bytes (%zu)\n", it->file, it->line,
                    opt->max_doc_bytes);
        else
            render(w, it, doc.text, doc.len, doc.id, doc.keep);
        jsonl_doc_free(&doc);
    }
}

/* ---- write: one item, in input order (one thread at a time) ---- */

static void output_failed(run *ru) {
    if (errno != EPIPE) { /* a closed pipe is the reader's choice, not an error */
        fprintf(stderr, "whosaid: cannot write the output: %s\n", strerror(errno));
        ru->status = EXIT_SOME_SKIPPED;
    }
    atomic_store(&ru->stop, 1);
}

/* Writes an item's records and messages, and frees it. Stdout is flushed before a message, so
 * that stdout and stderr on one terminal or file interleave as they would were each document
 * flushed; otherwise the caller flushes (dispatch_flush, write_batch). Records come first: with
 * -j 1 they may be out already when the message is made. */
static void write_item(item *it, run *ru) {
    if (!atomic_load(&ru->stop)) {
        errno = 0;
        if (it->out.len && fwrite(it->out.data, 1, it->out.len, stdout) < it->out.len) output_failed(ru);
        if (it->status > ru->status) ru->status = it->status;
        if (!atomic_load(&ru->stop) && it->err.len) {
            if (fflush(stdout) != 0) output_failed(ru);
            fwrite(it->err.data, 1, it->err.len, stderr);
        }
    }
    if (!it->borrowed) free(it->input);
    buf_free(&it->out);
    buf_free(&it->err);
    free(it);
}

/* ---- batches: what the workers take and the writer writes with -j N ---- */

/* Consecutive items handed over as one, so that threads meet once a batch rather than once a
 * document. A batch holds what the input had ready (see read_jsonl), so streaming input is
 * never held back waiting for a batch to fill. */
typedef struct {
    item **items;
    size_t n, cap;
    size_t bytes; /* of input */
} batch;


static void work_batch(void *arg, void *state) {
    batch *b = arg;
    for (size_t i = 0; i < b->n; i++) work(b->items[i], state);
}

static void write_batch(void *arg, void *user) {
    batch *b = arg;
    run *ru = user;
    for (size_t i = 0; i < b->n; i++) write_item(b->items[i], ru);
    if (!atomic_load(&ru->stop) && fflush(stdout) != 0) output_failed(ru);
    free(b->items);
    free(b);
}

/* ---- read: the input cut into items, handed on in order ---- */

typedef struct {
    run *ru;
    jobs *pool;      /* NULL with -j 1: work and write here */
    worker *single;
    batch *pending;  /* with -j N: items not yet handed over */
    size_t unflushed_items, unflushed_bytes; /* with -j 1: written since stdout was flushed */
} dispatcher;

static void out_of_memory(void) {
    fprintf(stderr, "whosaid: out of memory\n");
    exit(EXIT_SOME_SKIPPED);
}

static item *new_item(enum item_kind kind, const char *file, size_t line) {
    item *it = calloc(1, sizeof *it);
    if (!it) out_of_memory();
    it->kind = kind;
    it->file = file;
    it->line = line;
    return it;
}

/* Hands over the pending batch, if any; with -j 1, flushes what was written. */
static void dispatch_flush(dispatcher *d) {
    if (!d->pool) {
        if (d->unflushed_items && !atomic_load(&d->ru->stop) && fflush(stdout) != 0) output_failed(d->ru);
        d->unflushed_items = d->unflushed_bytes = 0;
    } else if (d->pending && d->pending->n) {
        jobs_submit(d->pool, d->pending);
        d->pending = NULL;
    }
}

static void dispatch(dispatcher *d, item *it) {
    if (!d->pool) { /* -j 1: in turn, flushed as a batch would be handed over */
        size_t len = it->len;
        work(it, d->single);
        write_item(it, d->ru);
        d->unflushed_items++;
        d->unflushed_bytes += len;
        if (d->unflushed_items >= BATCH_ITEMS || d->unflushed_bytes >= BATCH_BYTES) dispatch_flush(d);
        return;
    }
    batch *b = d->pending;
    if (!b && !(b = d->pending = calloc(1, sizeof *b))) out_of_memory();
    if (b->n == b->cap) {
        size_t cap = b->cap ? 2 * b->cap : 8;
        item **items = realloc(b->items, cap * sizeof *items);
        if (!items) out_of_memory();
        b->items = items;
        b->cap = cap;
    }
    b->items[b->n++] = it;
    b->bytes += it->len;
    if (b->n >= BATCH_ITEMS || b->bytes >= BATCH_BYTES) dispatch_flush(d);
}

static void read_plain(dispatcher *d, FILE *f, const char *name) {
    size_t max = d->ru->opt->max_doc_bytes;
    item *it = new_item(ITEM_PLAIN, name, 0);
    buf text = {0};
    int rc = read_all(f, &text, max);
    if (rc == -2) {
        message(it, "%s: skipped: larger than --max-doc-bytes (%zu)\n", name, max);
        it->kind = ITEM_MESSAGE;
        buf_free(&text);
    } else if (rc != 0) {
        message(it, "%s: %s\n", name, strerror(errno));
        it->kind = ITEM_MESSAGE;
        buf_free(&text);
    } else {
        it->input = text.data;
        it->len = text.len;
    }
    dispatch(d, it);
}

static void read_jsonl(dispatcher *d, FILE *f, const char *name) {
    size_t max_line = jsonl_max_line(d->ru->opt->max_doc_bytes);
    line_reader lr = {.f = f, .name = name};
    int rc = 0;
    while (!atomic_load(&d->ru->stop) && (rc = line_reader_next(&lr, max_line)) == 1) {
        item *it;
        if (lr.too_long) {
            it = new_item(ITEM_MESSAGE, name, lr.line);
            message(it, "%s:%zu: skipped: line longer than the document limit\n", name, lr.line);
        } else {
            size_t from;
            if (!jsonl_line_start(&lr, &from)) continue; /* a blank line holds no document */
            it = new_item(ITEM_JSONL, name, lr.line);
            if (!d->pool) {
                it->input = lr.data + from;
                it->len = lr.len - from;
                it->borrowed = 1;
            } else if (!(it->input = malloc(lr.len - from ? lr.len - from : 1))) {
                it->kind = ITEM_MESSAGE;
                message(it, "%s:%zu: skipped: out of memory\n", name, lr.line);
            } else {
                memcpy(it->input, lr.data + from, lr.len - from);
                it->len = lr.len - from;
            }
        }
        dispatch(d, it);
        if (line_reader_may_wait(&lr)) dispatch_flush(d); /* the next line may be a while */
    }
    if (!atomic_load(&d->ru->stop) && rc < 0) {
        item *it = new_item(ITEM_MESSAGE, name, lr.line + 1);
        message(it, "%s:%zu: %s\n", name, lr.line + 1, strerror(errno));
        dispatch(d, it);
    }
    line_reader_free(&lr);
}

static void read_inputs(dispatcher *d, int nfiles, char **files) {
    for (int i = 0; i < (nfiles ? nfiles : 1) && !atomic_load(&d->ru->stop); i++) {
        const char *name = nfiles ? files[i] : "-";
        FILE *f = strcmp(name, "-") ? fopen(name, "rb") : stdin;
        if (!f) {
            item *it = new_item(ITEM_MESSAGE, name, 0);
            message(it, "%s: %s\n", name, strerror(errno));
            dispatch(d, it);
            continue;
        }
        flockfile(f); /* only this thread reads f: take its lock once, not once a byte */
        if (d->ru->opt->jsonl) read_jsonl(d, f, name);
        else read_plain(d, f, name);
        dispatch_flush(d);
        funlockfile(f);
        if (f != stdin) fclose(f);
    }
}

static int parse_options(int argc, char **argv, options *opt) {
    enum { OPT_TEXT_FIELD = 256, OPT_ID_FIELD, OPT_KEEP, OPT_RULES, OPT_MAX_DOC, OPT_TRACE };
    static const struct option longopts[] = {
        {"jsonl", no_argument, 0, 'J'},
        {"text-field", required_argument, 0, OPT_TEXT_FIELD},
        {"id-field", required_argument, 0, OPT_ID_FIELD},
        {"keep", required_argument, 0, OPT_KEEP},
        {"format", required_argument, 0, 'f'},
        {"types", required_argument, 0, 't'},
        {"rules", required_argument, 0, OPT_RULES},
        {"jobs", required_argument, 0, 'j'},
        {"max-doc-bytes", required_argument, 0, OPT_MAX_DOC},
        {"trace", no_argument, 0, OPT_TRACE},
        {"help", no_argument, 0, 'h'},
        {"version", no_argument, 0, 'V'},
        {0, 0, 0, 0},
    };
    int c;
    while ((c = getopt_long(argc, argv, "Jf:t:j:hV", longopts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'J': opt->jsonl = 1; break;
        case OPT_TEXT_FIELD: opt->text_field = optarg; break;
        case OPT_ID_FIELD: opt->id_field = optarg; break;
        case OPT_KEEP:
            if (split_list(optarg, &opt->keep, &opt->nkeep) != 0) {
                fprintf(stderr, "whosaid: out of memory\n");
                return EXIT_SOME_SKIPPED;
            }
            break;
        case 'f':
            if (!strcmp(optarg, "jsonl")) opt->tsv = 0;
            else if (!strcmp(optarg, "tsv")) opt->tsv = 1;
            else {
                fprintf(stderr, "whosaid: --format must be jsonl or tsv, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 't':
            if (whosaid_parse_types(optarg, &opt->types) != WHOSAID_OK) {
                fprintf(stderr, "whosaid: --types takes a list of direct, mixed, indirect, partial, scare, title, all; not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_RULES: opt->rules_dir = optarg; break;
        case OPT_TRACE: opt->trace = 1; break;
        case 'j':
            errno = 0;
            opt->jobs = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || opt->jobs < 0 || opt->jobs > MAX_JOBS) {
                fprintf(stderr, "whosaid: --jobs takes a number from 0 to %d, not '%s'\n", MAX_JOBS, optarg);
                return EXIT_USAGE;
            }
            if (opt->jobs == 0) {
                long n = sysconf(_SC_NPROCESSORS_ONLN);
                opt->jobs = n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : n;
            }
            break;
        case OPT_MAX_DOC: {
            errno = 0;
            unsigned long long v = strtoull(optarg, &end, 10);
            /* the library takes documents under 4 GiB (its offsets are 32 bits) */
            if (errno || *end || !v || optarg[0] == '-' || v > UINT32_MAX) {
                fprintf(stderr, "whosaid: --max-doc-bytes takes a number from 1 to %lu, not '%s'\n",
                        (unsigned long)UINT32_MAX, optarg);
                return EXIT_USAGE;
            }
            opt->max_doc_bytes = (size_t)v;
            break;
        }
        case 'h': usage(stdout); return -1;
        case 'V': printf("whosaid %s\n", WHOSAID_VERSION); return -1;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    for (size_t i = 0; i < opt->nkeep; i++) {
        if (emit_is_record_field(opt->keep[i])) {
            fprintf(stderr, "whosaid: --keep %s: every record has a field of that name already\n", opt->keep[i]);
            return EXIT_USAGE;
        }
    }
    return 0;
}

int main(int argc, char **argv) {
    options opt = {0, "text", "id", NULL, 0, 0, WHOSAID_DEFAULT_TYPES, NULL, 1, DEFAULT_MAX_DOC_BYTES, 0};
    int rc = parse_options(argc, argv, &opt);
    if (rc != 0) {
        for (size_t i = 0; i < opt.nkeep; i++) free(opt.keep[i]);
        free(opt.keep);
        return rc < 0 ? EXIT_ALL_READ : rc;
    }
    signal(SIGPIPE, SIG_IGN); /* a closed pipe shows as EPIPE, which ends the run quietly */
    json_object_seed(0);      /* before any thread makes an object */

    char err[1024] = "";
    whosaid_rules *rules = whosaid_rules_load(opt.rules_dir, err, sizeof err);
    if (!rules) {
        fprintf(stderr, "whosaid: %s\n", err);
        return EXIT_USAGE;
    }
    run ru = {&opt, 0, EXIT_ALL_READ};
    size_t nworkers = (size_t)opt.jobs;
    worker *workers = calloc(nworkers, sizeof *workers);
    void **states = calloc(nworkers, sizeof *states);
    int ok = workers && states;
    for (size_t i = 0; ok && i < nworkers; i++) {
        workers[i] = (worker){&opt, &ru, whosaid_new(rules), nworkers == 1};
        states[i] = &workers[i];
        ok = workers[i].ws != NULL;
    }
    dispatcher d = {&ru, NULL, ok ? &workers[0] : NULL, NULL, 0, 0};
    if (ok && nworkers > 1)
        ok = (d.pool = jobs_start(nworkers, states, nworkers * WINDOW_PER_JOB, work_batch, write_batch, &ru)) != NULL;
    if (!ok) {
        fprintf(stderr, "whosaid: out of memory or threads\n");
        ru.status = EXIT_SOME_SKIPPED;
    } else {
        if (opt.tsv) {
            item *header = new_item(ITEM_MESSAGE, "-", 0);
            if (emit_tsv_header(&header->out, (const char *const *)opt.keep, opt.nkeep) != 0) header->out.len = 0;
            dispatch(&d, header);
        }
        read_inputs(&d, argc - optind, argv + optind);
        dispatch_flush(&d);
        if (d.pool) jobs_finish(d.pool);
    }
    for (size_t i = 0; workers && i < nworkers; i++) whosaid_free(workers[i].ws);
    free(workers);
    free(states);
    whosaid_rules_free(rules);
    for (size_t i = 0; i < opt.nkeep; i++) free(opt.keep[i]);
    free(opt.keep);
    return ru.status;
}
