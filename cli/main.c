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
#include "options.h"
#include "progress.h"
#include "entities.h"
#include "hints.h"
#include "html.h"
#include "markup.h"
#include "reader.h"
#include "tally.h"
#include "whosaid.h"
#include "whosaid_internal.h"

/* batches in flight per worker thread: enough to keep workers busy past a long document */
#define WINDOW_PER_JOB 3

typedef struct {
    const options *opt;
    atomic_int stop;  /* set by the writer when stdout is closed or fails; ends reading */
    int status;       /* the exit status so far; only the writer changes it */
    tally lines;      /* the messages of the file being written, by kind; only the writer's */
    progress shown;   /* the progress line: the writer's, but for the bytes read */
    /* -j 1, stdout no terminal, no trace: records go out by write_stdout, the records of
     * several documents at once (write_item leaves them in the output buffer the next item
     * takes), not copied into stdio's buffer first */
    int direct;
} run;

/* A plain-text file, a JSON line, a message about input that could not be read, or the end of
 * a JSON-lines file (where the messages it repeated are counted up). */
enum item_kind { ITEM_PLAIN, ITEM_JSONL, ITEM_MESSAGE, ITEM_FILE_END };

typedef struct {
    enum item_kind kind;
    const char *file;  /* borrowed from argv */
    size_t line;       /* of a JSON line, from 1 */
    char *input;       /* the plain text or the JSON line, owned unless borrowed */
    size_t len;
    int borrowed;      /* input is the line reader's (-j 1, where the item is done at once) */
    int opens_array;   /* the first line of a JSON-lines file, and it opens a JSON array */
    const char *compression; /* of the file: "gzip"..., or NULL */
    buf out;           /* what goes to stdout */
    buf err;           /* what goes to stderr, written first */
    enum message_kind err_kind; /* what err says, for counting messages a file repeats */
    int status;
} item;

typedef struct {
    const options *opt;
    run *ru;
    whosaid *ws;
    const emit_keys *keys;
    offset_map map;     /* the decoded text of an HTML document, or of character references */
    entity_cache refs;  /* character references this thread has decoded */
    int streams; /* -j 1: an item's output goes to stdout as it is made (see STREAM_BYTES) */
    buf doc_json; /* the id of the document being written, as JSON (record_sink.doc_json) */
} worker;

/* What a message does to the exit status: a note (input read as asked, that looks like something
 * else) leaves it; input skipped or not read makes it 1. */
enum message_effect { NOTE, SKIPPED };

static void message(item *it, enum message_effect effect, enum message_kind kind, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void message(item *it, enum message_effect effect, enum message_kind kind, const char *fmt, ...) {
    char text[4600];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (n > 0) buf_append(&it->err, text, (size_t)n < sizeof text ? (size_t)n : sizeof text - 1);
    it->err_kind = it->err_kind == MSG_NONE ? kind : MSG_OTHER; /* two messages are not counted as one */
    if (effect == SKIPPED) it->status = EXIT_SOME_SKIPPED;
}

static enum message_kind kind_of_jsonl_error(int rc) {
    switch (rc) {
    case JSONL_NOT_JSON: return MSG_NOT_JSON;
    case JSONL_NOT_OBJECT: return MSG_NOT_OBJECT;
    case JSONL_NO_TEXT: return MSG_NO_TEXT;
    case JSONL_TEXT_NOT_STRING: return MSG_TEXT_NOT_STRING;
    default: return MSG_OTHER;
    }
}

/* ---- work: one item into its buffers (any thread) ---- */

/* With -j 1 an item is written as soon as it is worked on, so its records need not wait for
 * the end of the document: they go to stdout a block at a time. A dense document's records can
 * take 15 times its size; held whole, they would be most of the memory a document takes. With
 * -j N they wait in the item for their turn. */
enum { STREAM_BYTES = 1 << 16 };
/* stdout's buffer when it is not a terminal: the size of a streamed block, so that one write
 * carries one (bench/run.sh: 40 MB of input gave some 13,000 writes of 4 KiB before). */
enum { OUTPUT_BUFFER = STREAM_BYTES };
/* The most memory an item's output keeps for the next item (-j 1): a streamed block and room
 * for a long record after it; a giant document's is freed. */
enum { KEPT_OUTPUT_MAX = 4 * STREAM_BYTES };

static void output_failed(run *ru);

/* Writes bytes p[0, n) to stdout past stdio's buffer, which is flushed first so that what it
 * holds goes before them: a block of records (run.direct) is written where it stands, where
 * fwrite would copy it into the buffer first. */
static void write_stdout(const char *p, size_t n, run *ru) {
    errno = 0;
    if (atomic_load(&ru->stop) || !n) return;
    if (fflush(stdout) != 0) {
        output_failed(ru);
        return;
    }
    while (n) {
        ssize_t w = write(STDOUT_FILENO, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            if (w == 0) errno = EIO;
            output_failed(ru);
            return;
        }
        p += w;
        n -= (size_t)w;
    }
}

/* Writes out an output buffer's records (-j 1 only, where no other item is pending): the
 * item's so far, after any that earlier items left there (run.direct). */
static void stream_out(buf *out, run *ru) {
    if (ru->direct) {
        write_stdout(out->data, out->len, ru);
    } else {
        errno = 0;
        if (!atomic_load(&ru->stop) && out->len && fwrite(out->data, 1, out->len, stdout) < out->len) output_failed(ru);
    }
    out->len = 0;
}

typedef struct {
    const options *opt;
    buf *out;
    json_t *doc_id;
    buf *doc_json; /* doc_id as JSON, written at the document's first record (the worker's) */
    int doc_written;
    emit_keep keep;
    const emit_keys *keys;
    const offset_map *map;
    run *stream; /* -j 1: write out every STREAM_BYTES; NULL: keep it all */
} record_sink;

static int on_record(const whosaid_record *rec, void *user) {
    record_sink *s = user;
    if (!s->opt->tsv && !s->doc_written) {
        s->doc_json->len = 0;
        if (emit_json_value(s->doc_json, s->doc_id) != 0) return 1;
        s->doc_written = 1;
    }
    int rc = s->opt->tsv ? emit_tsv(s->out, rec, s->doc_id, &s->keep, s->map)
                         : emit_jsonl_doc(s->out, s->keys, rec, s->doc_json->data, s->doc_json->len, &s->keep, s->map);
    if (rc == 0 && s->stream && s->out->len >= STREAM_BYTES) {
        stream_out(s->out, s->stream);
        rc = atomic_load(&s->stream->stop); /* nobody reads the rest */
    }
    return rc != 0;
}

/* Where an item is in the input, for messages: "FILE" or "FILE:LINE". */
static void location(const item *it, char *out, size_t n) {
    if (it->line) snprintf(out, n, "%s:%zu", it->file, it->line);
    else snprintf(out, n, "%s", it->file);
}

/* The text the pipeline reads: the input as it stands (NULL back), or, for HTML (html set) or
 * with --html-entities, the text decoded from it in w->map. *failed when it could not be read
 * (the item then holds the message). */
static const offset_map *decode(worker *w, item *it, const char *input, size_t len, int html, int *failed) {
    *failed = 0;
    if (!html && !w->opt->html_entities) return NULL;
    offset_map_reset(&w->map, input, len);
    const char *why = "out of memory";
    int rc = HTML_NO_MEMORY;
    if (html) {
        rc = html_read(&w->refs, &w->map, &why);
    } else {
        entities_append(&w->refs, &w->map, 0, len);
        rc = offset_map_finish(&w->map) == 0 ? HTML_OK : HTML_NO_MEMORY;
    }
    if (rc == HTML_OK) return &w->map;
    char at[4200];
    location(it, at, sizeof at);
    message(it, SKIPPED, MSG_OTHER, "%s: skipped: %s%s\n", at, rc == HTML_TOO_COSTLY ? "HTML with " : "", why);
    *failed = 1;
    return NULL;
}

/* checked: the text is known to be valid UTF-8 (the library need not check it again) */
static void render(worker *w, item *it, const char *text, size_t len, int checked, json_t *doc_id, json_t *keep,
                   const offset_map *map) {
    const options *opt = w->opt;
    int rc;
    if (map) {
        text = map->text.data;
        len = map->text.len;
        checked = 0;
    }
    if (opt->trace && w->streams) {
        /* in order already: nothing else is pending */
        if (map)
            fputs("# read as HTML or with character references decoded: the offsets below are of the decoded "
                  "text, not of the input\n", stdout);
        rc = whosaid_trace(w->ws, text, len, stdout);
    } else if (opt->trace) {
        char *s = NULL;
        size_t n = 0;
        FILE *f = open_memstream(&s, &n);
        if (!f) {
            rc = WHOSAID_ENOMEM;
        } else {
            if (map)
                fputs("# read as HTML or with character references decoded: the offsets below are of the decoded "
                      "text, not of the input\n", f);
            rc = whosaid_trace(w->ws, text, len, f);
            if (fclose(f) != 0 && rc == WHOSAID_OK) rc = WHOSAID_ENOMEM;
            if (rc == WHOSAID_OK && buf_append(&it->out, s, n) != 0) rc = WHOSAID_ENOMEM;
        }
        free(s);
    } else {
        record_sink sink = {opt,     &it->out, doc_id, &w->doc_json, 0, {(const char *const *)opt->keep, opt->nkeep, keep},
                            w->keys, map,      w->streams ? w->ru : NULL};
        /* room for a news article's records at once, rather than growing a few bytes at first */
        rc = buf_reserve(&it->out, 4096) != 0 ? WHOSAID_ENOMEM
             : (checked ? whosaid_process_checked : whosaid_process)(w->ws, text, len, opt->types, on_record, &sink);
    }
    if (rc != WHOSAID_OK) {
        /* the records made before the failure stay (with -j 1 some are out already), and the
         * message follows them, whatever -j is */
        char at[4200];
        location(it, at, sizeof at);
        message(it, SKIPPED, MSG_OTHER, "%s: skipped: %s\n", at, whosaid_strerror(rc));
    }
}

/* A document's --lang-field value: "fr", "fr-CA", "FR" read French; a language without rules
 * reads with the shared rules ("und"); no value (null, missing, not a string) has the language
 * found. */
static void set_doc_lang(whosaid *ws, const json_t *value) {
    const char *v = json_is_string(value) ? json_string_value(value) : NULL;
    char code[8] = "";
    size_t n = 0;
    while (v && n + 1 < sizeof code && ((v[n] | 0x20) >= 'a' && (v[n] | 0x20) <= 'z')) {
        code[n] = (char)(v[n] | 0x20);
        n++;
    }
    code[n] = '\0';
    if (!v || !n) whosaid_set_lang(ws, NULL);
    else if (whosaid_set_lang(ws, code) != WHOSAID_OK) whosaid_set_lang(ws, "und");
}

static void work(void *arg, void *state) {
    item *it = arg;
    worker *w = state;
    const options *opt = w->opt;
    if (atomic_load(&w->ru->stop)) return;
    hint_context hc = {it->file, it->compression, opt->text_field, opt->html, opt->html_entities};
    char hint[1400];
    if (it->kind == ITEM_PLAIN) {
        hc.html = opt->html || markup_is_html_page(it->input, it->len);
        if (hint_plain(&hc, it->input, it->len, hint, sizeof hint) != MSG_NONE)
            message(it, NOTE, MSG_OTHER, "%s: %s\n", it->file, hint);
        int failed;
        const offset_map *map = decode(w, it, it->input, it->len, hc.html, &failed);
        if (failed) return;
        json_t *id = json_string(it->file);
        if (!id) id = json_string("?"); /* a path that is not UTF-8 */
        render(w, it, it->input, it->len, 0, id, NULL, map);
        json_decref(id);
    } else if (it->kind == ITEM_JSONL) {
        jsonl_doc doc;
        char err[1024];
        int rc = jsonl_parse(it->input, it->len, opt->text_field, opt->id_field, (const char *const *)opt->parse_keep,
                             opt->nparse_keep, it->file, it->line, &doc, err, sizeof err);
        if (rc != 0 && it->opens_array) {
            hint_json_array(&hc, hint, sizeof hint);
            message(it, SKIPPED, MSG_JSON_ARRAY, "%s:%zu: %s\n", it->file, it->line, hint);
            return;
        }
        if (rc != 0) {
            message(it, SKIPPED, kind_of_jsonl_error(rc), "%s:%zu: skipped: %s\n", it->file, it->line, err);
            return;
        }
        if (doc.len > opt->max_doc_bytes) {
            message(it, SKIPPED, MSG_TEXT_TOO_LARGE, "%s:%zu: skipped: text larger than --max-doc-bytes (%zu)\n", it->file,
                    it->line, opt->max_doc_bytes);
        } else {
            hc.html = opt->html || markup_is_html_page(doc.text, doc.len) || markup_is_mostly_markup(doc.text, doc.len);
            enum message_kind k = hint_text(&hc, doc.text, doc.len, hint, sizeof hint);
            if (k != MSG_NONE) message(it, NOTE, k, "%s:%zu: %s\n", it->file, it->line, hint);
            int failed;
            const offset_map *map = decode(w, it, doc.text, doc.len, hc.html, &failed);
            if (opt->lang_field) set_doc_lang(w->ws, doc.keep ? json_object_get(doc.keep, opt->lang_field) : NULL);
            if (!failed) render(w, it, doc.text, doc.len, doc.utf8_checked, doc.id, doc.keep, map);
        }
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
static void write_item(item *it, run *ru, buf *keep_out) {
    if (it->kind == ITEM_FILE_END && tally_end_file(&ru->lines, it->file, &it->err) != 0) it->err.len = 0;
    /* a message many lines of a file repeat: the first is written, the others counted */
    if (it->err.len && it->line && !tally_take(&ru->lines, it->err_kind, it->line)) it->err.len = 0;
    /* (run.direct: the records stay for the next item's to follow them, up to a streamed
     * block, unless a message must follow them now or the buffer is not kept) */
    int left = keep_out && ru->direct && !keep_out->data && !it->err.len && it->out.len < STREAM_BYTES &&
               it->out.cap <= KEPT_OUTPUT_MAX;
    if (!atomic_load(&ru->stop)) {
        errno = 0;
        if (it->out.len && !left) progress_clear(&ru->shown, 1);
        if (it->out.len && !left) stream_out(&it->out, ru);
        if (it->status > ru->status) ru->status = it->status;
        if (!atomic_load(&ru->stop) && it->err.len) {
            if (fflush(stdout) != 0) output_failed(ru);
            progress_clear(&ru->shown, 0);
            fwrite(it->err.data, 1, it->err.len, stderr);
        }
        if ((it->kind == ITEM_PLAIN || it->kind == ITEM_JSONL) && it->status == EXIT_ALL_READ)
            progress_document(&ru->shown);
    }
    if (!it->borrowed) free(it->input);
    /* (-j 1: the output's memory serves the next item, unless a giant document grew it) */
    if (keep_out && !keep_out->data && it->out.cap <= KEPT_OUTPUT_MAX) {
        *keep_out = it->out;
        if (!left) keep_out->len = 0;
    } else {
        buf_free(&it->out);
    }
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
    for (size_t i = 0; i < b->n; i++) write_item(b->items[i], ru, NULL);
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
    /* with -j 1: the memory of the last item's output, written out and empty, for the next
     * item's records: one buffer, warm in the cache, instead of one allocated and grown a
     * document (a news article's records outgrow the first 4 KiB, and each growth copied them) */
    buf spare_out;
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
        stream_out(&d->spare_out, d->ru); /* (run.direct: the records items left) */
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
        if (!it->out.data) {
            it->out = d->spare_out;
            d->spare_out = (buf){0};
        } else {
            stream_out(&d->spare_out, d->ru); /* (the records items left go before the item's own) */
        }
        work(it, d->single);
        write_item(it, d->ru, &d->spare_out);
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

static void read_plain(dispatcher *d, source *src, const char *name) {
    size_t max = d->ru->opt->max_doc_bytes;
    item *it = new_item(ITEM_PLAIN, name, 0);
    buf text = {0};
    int rc = read_all(src, &text, max);
    progress_read(&d->ru->shown, src->raw_read);
    if (rc == -2) {
        message(it, SKIPPED, MSG_OTHER, "%s: skipped: larger than --max-doc-bytes (%zu)%s\n", name, max,
                source_compression(src) ? " once decompressed" : "");
        it->kind = ITEM_MESSAGE;
        buf_free(&text);
    } else if (rc != 0) {
        message(it, SKIPPED, MSG_OTHER, "%s: skipped: %s\n", name, src->error);
        it->kind = ITEM_MESSAGE;
        buf_free(&text);
    } else {
        it->input = text.data;
        it->len = text.len;
        it->compression = source_compression(src);
    }
    dispatch(d, it);
}

static void read_jsonl(dispatcher *d, source *src, const char *name) {
    size_t max_line = jsonl_max_line(d->ru->opt->max_doc_bytes);
    line_reader lr = {.src = src, .name = name};
    int rc = 0, first = 1;
    unsigned long long counted = 0; /* of src->raw_read, added to the progress line */
    while (!atomic_load(&d->ru->stop) && (rc = line_reader_next(&lr, max_line)) == 1) {
        progress_read(&d->ru->shown, src->raw_read - counted);
        counted = src->raw_read;
        item *it;
        if (lr.too_long) {
            it = new_item(ITEM_MESSAGE, name, lr.line);
            message(it, SKIPPED, MSG_LINE_TOO_LONG, "%s:%zu: skipped: line longer than the document limit\n", name, lr.line);
            first = 0;
        } else {
            size_t from;
            if (!jsonl_line_start(&lr, &from)) continue; /* a blank line holds no document */
            it = new_item(ITEM_JSONL, name, lr.line);
            it->compression = source_compression(src);
            it->opens_array = first && hint_opens_array(lr.data + from, lr.len - from);
            first = 0;
            if (!d->pool) {
                it->input = lr.data + from;
                it->len = lr.len - from;
                it->borrowed = 1;
            } else if (!(it->input = malloc(lr.len - from ? lr.len - from : 1))) {
                it->kind = ITEM_MESSAGE;
                message(it, SKIPPED, MSG_OTHER, "%s:%zu: skipped: out of memory\n", name, lr.line);
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
        message(it, SKIPPED, MSG_OTHER, "%s:%zu: skipped: %s%s\n", name, lr.line + 1, src->error,
                source_compression(src) ? "; the rest of the file cannot be read" : "");
        dispatch(d, it);
    }
    dispatch(d, new_item(ITEM_FILE_END, name, 0));
    line_reader_free(&lr);
}

static void read_inputs(dispatcher *d, int nfiles, char **files) {
    for (int i = 0; i < (nfiles ? nfiles : 1) && !atomic_load(&d->ru->stop); i++) {
        const char *name = nfiles ? files[i] : "-";
        FILE *f = strcmp(name, "-") ? fopen(name, "rb") : stdin;
        if (!f) {
            item *it = new_item(ITEM_MESSAGE, name, 0);
            message(it, SKIPPED, MSG_OTHER, "%s: %s\n", name, strerror(errno));
            dispatch(d, it);
            continue;
        }
        flockfile(f); /* only this thread reads f: take its lock once, not once a byte */
        source src;
        source_init(&src, f, name);
        if (d->ru->opt->jsonl) read_jsonl(d, &src, name);
        else read_plain(d, &src, name);
        dispatch_flush(d);
        source_free(&src);
        funlockfile(f);
        if (f != stdin) fclose(f);
    }
}

int main(int argc, char **argv) {
    options opt;
    options_init(&opt);
    int first_file = 1;
    int rc = options_parse(argc, argv, &opt, &first_file);
    if (rc != 0) {
        options_free(&opt);
        return rc < 0 ? EXIT_ALL_READ : rc;
    }
    signal(SIGPIPE, SIG_IGN); /* a closed pipe shows as EPIPE, which ends the run quietly */
    /* Records go out in blocks of OUTPUT_BUFFER bytes rather than stdio's 4 KiB (a write a few
     * records): the output is flushed at the same points as before (a batch, a message, a wait
     * for input), so only the number of system calls between them changes. A terminal keeps its
     * own buffering. The bytes are stdio's from here to exit, which flushes them after main
     * returns: static, since glibc ignores the size asked for a buffer it would allocate. */
    static char out_buffer[OUTPUT_BUFFER];
    if (!isatty(STDOUT_FILENO)) setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);
    json_object_seed(0);      /* before any thread makes an object */

    char err[1024] = "";
    whosaid_rules *rules = whosaid_rules_load(opt.rules_dir, err, sizeof err);
    if (!rules) {
        fprintf(stderr, "whosaid: %s\n", err);
        options_free(&opt);
        return EXIT_USAGE;
    }
    run ru = {.opt = &opt, .status = EXIT_ALL_READ};
    size_t nworkers = (size_t)opt.jobs;
    ru.direct = nworkers == 1 && !opt.trace && !isatty(STDOUT_FILENO);
    worker *workers = calloc(nworkers, sizeof *workers);
    void **states = calloc(nworkers, sizeof *states);
    emit_keys keys = {0};
    int ok = workers && states && emit_keys_init(&keys) == 0;
    for (size_t i = 0; ok && i < nworkers; i++) {
        workers[i] = (worker){.opt = &opt, .ru = &ru, .ws = whosaid_new(rules), .keys = &keys, .streams = nworkers == 1};
        states[i] = &workers[i];
        ok = workers[i].ws != NULL;
        if (ok && opt.lang && whosaid_set_lang(workers[i].ws, opt.lang) != WHOSAID_OK) {
            fprintf(stderr, "whosaid: --lang %s: no rules for that language (there are: en, fr, de, es, und)\n", opt.lang);
            for (size_t k = 0; k <= i; k++) whosaid_free(workers[k].ws);
            emit_keys_free(&keys);
            free(workers);
            free(states);
            whosaid_rules_free(rules);
            options_free(&opt);
            return EXIT_USAGE;
        }
    }
    dispatcher d = {&ru, NULL, ok ? &workers[0] : NULL, NULL, 0, 0, {0}};
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
        progress_start(&ru.shown, opt.progress, argc - first_file, argv + first_file);
        read_inputs(&d, argc - first_file, argv + first_file);
        dispatch_flush(&d);
        if (d.pool) jobs_finish(d.pool);
        progress_end(&ru.shown);
    }
    buf_free(&d.spare_out);
    for (size_t i = 0; workers && i < nworkers; i++) {
        whosaid_free(workers[i].ws);
        offset_map_free(&workers[i].map);
        buf_free(&workers[i].doc_json);
    }
    emit_keys_free(&keys);
    free(workers);
    free(states);
    whosaid_rules_free(rules);
    options_free(&opt);
    return ru.status;
}
