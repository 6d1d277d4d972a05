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
    emit_keys keys; /* made at the first record */
} fuzz_doc;

/* A string field's slice: NULL, or inside the document. */
static whosaid_slice fuzz_text(const whosaid_record *r, const char *field) {
    whosaid_value v = whosaid_record_get(r, (size_t)whosaid_field_index(field));
    FUZZ_ASSERT(v.kind == WHOSAID_STRING || (v.kind == WHOSAID_NULL && whosaid_field_nullable(whosaid_field_index(field))));
    return v.str;
}

static int64_t fuzz_num(const whosaid_record *r, const char *field) {
    whosaid_value v = whosaid_record_get(r, (size_t)whosaid_field_index(field));
    FUZZ_ASSERT(v.kind == WHOSAID_INT || v.kind == WHOSAID_BOOL || v.kind == WHOSAID_NULL);
    return v.kind == WHOSAID_NULL ? -1 : v.num;
}

static int fuzz_in_text(const fuzz_doc *c, whosaid_slice s) {
    return s.ptr >= c->text && s.ptr + s.len <= c->text + c->len;
}

static int fuzz_on_record(const whosaid_record *r, void *user) {
    fuzz_doc *c = user;
    /* every field has its table kind, or null where the table allows it */
    for (size_t i = 0; i < whosaid_field_count(); i++) {
        whosaid_value v = whosaid_record_get(r, i);
        FUZZ_ASSERT(v.kind == whosaid_field_kind(i) || (v.kind == WHOSAID_NULL && whosaid_field_nullable(i)));
    }
    whosaid_slice quote = fuzz_text(r, "quote"), mention = fuzz_text(r, "mention");
    int64_t byte_start = fuzz_num(r, "byte_start"), byte_end = fuzz_num(r, "byte_end");
    int64_t start = fuzz_num(r, "start"), end = fuzz_num(r, "end");
    FUZZ_ASSERT(0 <= byte_start && byte_start <= byte_end && (size_t)byte_end <= c->len);
    FUZZ_ASSERT(quote.ptr == c->text + byte_start && quote.len == (size_t)(byte_end - byte_start));
    FUZZ_ASSERT(0 <= start && start <= end && start <= byte_start);
    FUZZ_ASSERT(end - start <= byte_end - byte_start);
    whosaid_slice type = fuzz_text(r, "type");
    int known = 0;
    for (unsigned bit = 1; bit; bit <<= 1) {
        const char *name = whosaid_type_name(bit);
        known |= name && strlen(name) == type.len && !memcmp(name, type.ptr, type.len);
    }
    FUZZ_ASSERT(known);
    int64_t mention_start = fuzz_num(r, "mention_start"), mention_end = fuzz_num(r, "mention_end");
    if (mention.ptr) {
        FUZZ_ASSERT(fuzz_in_text(c, mention));
        FUZZ_ASSERT(0 <= mention_start && mention_start <= mention_end &&
                    mention_start <= (int64_t)(mention.ptr - c->text));
    } else {
        FUZZ_ASSERT(mention_start == -1 && mention_end == -1);
    }
    whosaid_slice cue = fuzz_text(r, "cue");
    if (cue.ptr) FUZZ_ASSERT(fuzz_in_text(c, cue));
    FUZZ_ASSERT(!fuzz_text(r, "speaker").ptr == !fuzz_text(r, "method").ptr);
    c->records++;
    emit_keep keep = {c->keep_names, c->nkeep, c->keep};
    if (!c->keys.end) FUZZ_ASSERT(emit_keys_init(&c->keys) == 0);
    FUZZ_ASSERT(emit_jsonl(&c->out, &c->keys, r, c->id, &keep, NULL) == 0);
    FUZZ_ASSERT(emit_tsv(&c->tsv, r, c->id, &keep, NULL) == 0);
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
        FUZZ_ASSERT(tabs == whosaid_field_count() + c->nkeep);
        i += n + 1;
    }
    FUZZ_ASSERT(lines == c->records);
}

static void fuzz_doc_free(fuzz_doc *c) {
    buf_free(&c->out);
    buf_free(&c->tsv);
    emit_keys_free(&c->keys);
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
