/* fuzz_check.h: what the fuzzing harnesses hold every run to: each record's spans lie inside
 * the document and agree with each other, and every output line is a whole JSON object. A
 * broken promise aborts, which libFuzzer and AFL++ report as a crash. */
#ifndef WHOSAID_FUZZ_CHECK_H
#define WHOSAID_FUZZ_CHECK_H

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "emit.h"
#include "whosaid.h"

#define FUZZ_ASSERT(cond)                                                             \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: broken promise: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                                  \
        }                                                                             \
    } while (0)

typedef struct {
    const char *text;
    size_t len;
    json_t *id, *keep;
    const char *const *keep_names;
    size_t nkeep;
    buf out, tsv;
    size_t records;
} fuzz_doc;

static int fuzz_on_record(const whosaid_record *r, void *user) {
    fuzz_doc *c = user;
    FUZZ_ASSERT(r->byte_start <= r->byte_end && r->byte_end <= c->len);
    FUZZ_ASSERT(r->quote.ptr == c->text + r->byte_start);
    FUZZ_ASSERT(r->quote.len == r->byte_end - r->byte_start);
    FUZZ_ASSERT(r->start <= r->end && r->start <= r->byte_start);
    FUZZ_ASSERT(r->end - r->start <= r->byte_end - r->byte_start);
    FUZZ_ASSERT(r->type && (!strcmp(r->type, "direct") || !strcmp(r->type, "scare") || !strcmp(r->type, "title") ||
                            !strcmp(r->type, "partial")));
    if (r->mention.ptr) {
        FUZZ_ASSERT(r->mention_byte_start <= r->mention_byte_end && r->mention_byte_end <= c->len);
        FUZZ_ASSERT(r->mention.ptr == c->text + r->mention_byte_start);
        FUZZ_ASSERT(r->mention_start <= r->mention_end && r->mention_start <= r->mention_byte_start);
    }
    if (r->cue.ptr) FUZZ_ASSERT(r->cue.ptr >= c->text && r->cue.ptr + r->cue.len <= c->text + c->len);
    FUZZ_ASSERT(!r->speaker.ptr == !r->method);
    FUZZ_ASSERT(r->closed == 0 || r->closed == 1);
    c->records++;
    emit_keep keep = {c->keep_names, c->nkeep, c->keep};
    FUZZ_ASSERT(emit_jsonl(&c->out, r, c->id, &keep) == 0);
    FUZZ_ASSERT(emit_tsv(&c->tsv, r, c->id, &keep) == 0);
    return 0;
}

/* Every line of c->out parses as a JSON object with the contract's fields; every line of c->tsv
 * has one cell per field. */
static void fuzz_check_output(const fuzz_doc *c) {
    size_t lines = 0;
    for (size_t i = 0; i < c->out.len; lines++) {
        const char *nl = memchr(c->out.data + i, '\n', c->out.len - i);
        FUZZ_ASSERT(nl); /* every line is whole */
        size_t n = (size_t)(nl - (c->out.data + i));
        json_error_t je;
        json_t *o = json_loadb(c->out.data + i, n, JSON_ALLOW_NUL, &je);
        FUZZ_ASSERT(o && json_is_object(o));
        FUZZ_ASSERT(json_is_string(json_object_get(o, "quote")));
        FUZZ_ASSERT(json_is_integer(json_object_get(o, "start")));
        FUZZ_ASSERT(json_object_get(o, "speaker") && json_object_get(o, "closed"));
        json_decref(o);
        i += n + 1;
    }
    FUZZ_ASSERT(lines == c->records);
    lines = 0;
    for (size_t i = 0; i < c->tsv.len; lines++) {
        const char *nl = memchr(c->tsv.data + i, '\n', c->tsv.len - i);
        FUZZ_ASSERT(nl);
        size_t n = (size_t)(nl - (c->tsv.data + i)), tabs = 0;
        for (size_t k = 0; k < n; k++) {
            FUZZ_ASSERT(c->tsv.data[i + k] != '\r' && c->tsv.data[i + k] != '\0');
            tabs += c->tsv.data[i + k] == '\t';
        }
        FUZZ_ASSERT(tabs == emit_nfields - 1 + c->nkeep);
        i += n + 1;
    }
    FUZZ_ASSERT(lines == c->records);
}

static void fuzz_doc_free(fuzz_doc *c) {
    buf_free(&c->out);
    buf_free(&c->tsv);
}

/* The built-in rules and one extractor, made at the first input and reused for every input
 * after it, as the command line reuses its extractor across documents. */
static whosaid *fuzz_extractor(void) {
    static whosaid_rules *rules;
    static whosaid *ws;
    if (!ws) {
        char err[512];
        rules = whosaid_rules_load(NULL, err, sizeof err);
        FUZZ_ASSERT(rules);
        ws = whosaid_new(rules);
        FUZZ_ASSERT(ws);
    }
    return ws;
}

#endif
