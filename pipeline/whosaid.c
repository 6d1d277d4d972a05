/* whosaid.c: the library's front: runs one document through the stages and hands each
 * record to the caller. */
#include <stdlib.h>

#include "utf8.h"
#include "whosaid_internal.h"

const char *whosaid_strerror(int code) {
    switch (code) {
    case WHOSAID_OK: return "no error";
    case WHOSAID_ENOMEM: return "out of memory";
    case WHOSAID_ERULES: return "bad rules";
    case WHOSAID_ETOOBIG: return "document too large";
    case WHOSAID_ESTOPPED: return "stopped by the caller";
    default: return "unknown error";
    }
}

whosaid *whosaid_new(const whosaid_rules *rules) {
    if (!rules) return NULL;
    whosaid *ws = calloc(1, sizeof *ws);
    if (!ws) return NULL;
    ws->rules = rules;
    if (cue_scratch_init(&ws->scratch, rules) != 0) {
        free(ws);
        return NULL;
    }
    return ws;
}

void whosaid_free(whosaid *ws) {
    if (!ws) return;
    document_free(&ws->doc);
    segments_free(&ws->seg);
    VEC_FREE(&ws->quotes);
    registry_free(&ws->reg);
    cue_scratch_free(&ws->scratch);
    VEC_FREE(&ws->cues);
    VEC_FREE(&ws->attrs);
    buf_free(&ws->speaker);
    buf_free(&ws->role);
    free(ws);
}

/* Copies text[a, b) with each run of white space (NBSP, line breaks) as one space. */
static whosaid_slice folded(buf *out, const document *d, size_t a, size_t b) {
    out->len = 0;
    if (b <= a) return slice_of(NULL, 0);
    int space = 0;
    for (size_t i = a; i < b;) {
        int32_t cp;
        size_t n = utf8_next(d->text, b, i, &cp);
        if (cp >= 0 && uc_is_space(cp)) {
            space = 1;
        } else {
            if (space && out->len && buf_putc(out, ' ') != 0) return slice_of(NULL, 0);
            space = 0;
            if (buf_append(out, (const char *)d->text + i, n) != 0) return slice_of(NULL, 0);
        }
        i += n;
    }
    return slice_of(out->data, out->len);
}

static const char *type_name(unsigned type) {
    switch (type) {
    case WHOSAID_DIRECT: return "direct";
    case WHOSAID_SCARE: return "scare";
    case WHOSAID_TITLE: return "title";
    default: return "partial";
    }
}

static int grow(void **items, size_t *cap, size_t elem, size_t n) {
    return n <= *cap ? 0 : vec_grow_(items, cap, elem, n);
}

int whosaid_run_stages(whosaid *ws, const char *text, size_t len) {
    const whosaid_rules *r = ws->rules;
    document *d = &ws->doc;
    if (document_init(d, text, len) != 0 || segment_document(d, r, &ws->seg) != 0 ||
        find_quotes(d, r, &ws->seg, &ws->quotes) != 0)
        return WHOSAID_ENOMEM;
    size_t nq = ws->quotes.len;
    if (grow((void **)&ws->cues.items, &ws->cues.cap, sizeof(cue), nq) != 0 ||
        grow((void **)&ws->attrs.items, &ws->attrs.cap, sizeof(attribution), nq) != 0 ||
        find_cues(d, r, &ws->seg, &ws->quotes, ws->cues.items, &ws->scratch) != 0 ||
        registry_build(&ws->reg, d, r, &ws->seg, &ws->quotes, &ws->scratch.toks) != 0)
        return WHOSAID_ENOMEM;
    mark_partial_quotes(d, &ws->seg, &ws->quotes, ws->cues.items);
    for (size_t i = 0; i < nq; i++) registry_mark_speaker(&ws->reg, d, &ws->cues.items[i].who);
    attribute_quotes(d, &ws->seg, &ws->quotes, ws->cues.items, &ws->reg, ws->attrs.items);
    return WHOSAID_OK;
}

int whosaid_process(whosaid *ws, const char *text, size_t len, unsigned types, whosaid_record_fn fn,
                    void *user) {
    int rc = whosaid_run_stages(ws, text, len);
    if (rc != WHOSAID_OK) return rc;
    const document *d = &ws->doc;
    size_t nq = ws->quotes.len;

    for (size_t i = 0; i < nq; i++) {
        const quote *q = &ws->quotes.items[i];
        const attribution *a = &ws->attrs.items[i];
        if (!(q->type & types)) continue;
        whosaid_record rec = {0};
        rec.quote = slice_of(text + q->start, q->end - q->start);
        rec.byte_start = q->start;
        rec.byte_end = q->end;
        rec.start = document_cp(d, q->start);
        rec.end = document_cp(d, q->end);
        rec.type = type_name(q->type);
        if (a->speaker_end > a->speaker_start) {
            rec.speaker = folded(&ws->speaker, d, a->speaker_start, a->speaker_end);
            rec.role = folded(&ws->role, d, a->role_start, a->role_end);
            rec.method = a->method;
        }
        if (a->cue) {
            const cue *c = a->cue;
            if (c->verb_end > c->verb_start) rec.cue = slice_of(text + c->verb_start, c->verb_end - c->verb_start);
            if (c->who.kind != MENTION_NONE) {
                rec.mention = slice_of(text + c->who.start, c->who.end - c->who.start);
                rec.mention_byte_start = c->who.start;
                rec.mention_byte_end = c->who.end;
                rec.mention_start = document_cp(d, c->who.start);
                rec.mention_end = document_cp(d, c->who.end);
            }
        }
        rec.sentence = q->sent;
        rec.paragraph = q->para;
        rec.closed = q->closed;
        if (rec.speaker.ptr) rec.gender = a->gender == GENDER_FEMALE ? "female" : a->gender == GENDER_MALE ? "male" : NULL;
        if (fn(&rec, user) != 0) return WHOSAID_ESTOPPED;
    }
    return WHOSAID_OK;
}
