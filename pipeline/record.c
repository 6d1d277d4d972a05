/* record.c: the fields of a record, in one table. The command line's JSON and TSV writers and
 * the Python module walk this table, so a field added here (a row of FIELDS, and a getter that
 * reads it from the extractor's stages) reaches all of them, in this order, with nothing else
 * to change. New fields go after the existing ones (the contract; programs built against an
 * older header rely on the indices). */
#include "record.h"

#include <string.h>

#include "whosaid_internal.h"

/* The code-point offsets a record writes: counted as spans when every field is read
 * (record_values), else one at a time as a getter asks. */
enum { CP_START, CP_END, CP_MENTION_START, CP_MENTION_END, CP_COUNT };

/* What a getter reads: the record, and its code-point offsets when they are counted already. */
typedef struct {
    const whosaid_record *r;
    const size_t *cp; /* [CP_COUNT], or NULL */
} field_ctx;

/* (into *v: a value is four words, which a return would copy once more) */
typedef void (*field_get)(const field_ctx *c, whosaid_value *v);

static const whosaid_value null_value = {WHOSAID_NULL, {NULL, 0}, 0};

static whosaid_value text(whosaid_slice s) {
    whosaid_value v = {WHOSAID_STRING, s, 0};
    return s.ptr ? v : null_value;
}

static whosaid_value name(const char *s) { return s ? text(slice_of(s, strlen(s))) : null_value; }
/* A name written as a literal, its length known when compiled. */
#define LITERAL(s) text(slice_of(s, sizeof s - 1))

static whosaid_value number(size_t n) {
    whosaid_value v = {WHOSAID_INT, {NULL, 0}, (int64_t)n};
    return v;
}

static whosaid_value boolean(int b) {
    whosaid_value v = {WHOSAID_BOOL, {NULL, 0}, b != 0};
    return v;
}

static const quote *q_of(const whosaid_record *r) { return r->q; }
static const document *doc_of(const whosaid_record *r) { return &r->ws->doc; }
/* the cue that names the speaker: NULL for a continuation or when there is no speaker */
static const cue *cue_of(const whosaid_record *r) { return r->a->cue; }
static const mention *mention_of(const whosaid_record *r) {
    const cue *c = cue_of(r);
    /* (a span that ends where it starts, or before, is none: a record never writes one) */
    return c && c->who.kind != MENTION_NONE && c->who.end > c->who.start ? &c->who : NULL;
}
static whosaid_slice slice_at(const whosaid_record *r, size_t a, size_t b) {
    return slice_of((const char *)doc_of(r)->text + a, b - a);
}

/* The code-point offset of byte, which is the record's offset `which`. */
static whosaid_value cp_field(const field_ctx *c, int which, size_t byte) {
    return number(c->cp ? c->cp[which] : document_cp(doc_of(c->r), byte));
}

static void f_quote(const field_ctx *c, whosaid_value *v) { *v = text(slice_at(c->r, q_of(c->r)->start, q_of(c->r)->end)); }
static void f_start(const field_ctx *c, whosaid_value *v) { *v = cp_field(c, CP_START, q_of(c->r)->start); }
static void f_end(const field_ctx *c, whosaid_value *v) { *v = cp_field(c, CP_END, q_of(c->r)->end); }
static void f_byte_start(const field_ctx *c, whosaid_value *v) { *v = number(q_of(c->r)->start); }
static void f_byte_end(const field_ctx *c, whosaid_value *v) { *v = number(q_of(c->r)->end); }
static void f_type(const field_ctx *c, whosaid_value *v) { *v = text(type_name_slice(q_of(c->r)->type)); }
static void f_speaker(const field_ctx *c, whosaid_value *v) { *v = text(c->r->speaker); }
static void f_role(const field_ctx *c, whosaid_value *v) { *v = text(c->r->role); }
static void f_cue(const field_ctx *c, whosaid_value *v) {
    const cue *k = cue_of(c->r);
    *v = k && k->verb_end > k->verb_start ? text(slice_at(c->r, k->verb_start, k->verb_end)) : null_value;
}
static void f_mention(const field_ctx *c, whosaid_value *v) {
    const mention *m = mention_of(c->r);
    *v = m ? text(slice_at(c->r, m->start, m->end)) : null_value;
}
static void f_mention_start(const field_ctx *c, whosaid_value *v) {
    const mention *m = mention_of(c->r);
    *v = m ? cp_field(c, CP_MENTION_START, m->start) : null_value;
}
static void f_mention_end(const field_ctx *c, whosaid_value *v) {
    const mention *m = mention_of(c->r);
    *v = m ? cp_field(c, CP_MENTION_END, m->end) : null_value;
}
static void f_method(const field_ctx *c, whosaid_value *v) {
    const attribution *a = c->r->a;
    *v = a->speaker_end > a->speaker_start ? name(a->method) : null_value;
}
static void f_sentence(const field_ctx *c, whosaid_value *v) { *v = number(q_of(c->r)->sent); }
static void f_paragraph(const field_ctx *c, whosaid_value *v) { *v = number(quote_para(&c->r->ws->seg, q_of(c->r))); }
static void f_closed(const field_ctx *c, whosaid_value *v) { *v = boolean(q_of(c->r)->closed); }
static void f_gender(const field_ctx *c, whosaid_value *v) {
    const attribution *a = c->r->a;
    *v = a->speaker_end <= a->speaker_start ? null_value
         : a->gender == GENDER_FEMALE           ? LITERAL("female")
         : a->gender == GENDER_MALE             ? LITERAL("male")
                                                : null_value;
}

/* The language the document was read with ("und": none of the built-in ones). */
static void f_lang(const field_ctx *c, whosaid_value *v) {
    const whosaid_rules *r = c->r->ws->doc_rules;
    *v = text(slice_of(r->lang, r->lang_len));
}

/* The fields, in their order: one row each, X(name, kind, nullable, getter), which the table
 * below and all_fields are made of. */
#define FIELDS(X) \
    X("quote", WHOSAID_STRING, 0, f_quote) \
    X("start", WHOSAID_INT, 0, f_start) \
    X("end", WHOSAID_INT, 0, f_end) \
    X("byte_start", WHOSAID_INT, 0, f_byte_start) \
    X("byte_end", WHOSAID_INT, 0, f_byte_end) \
    X("type", WHOSAID_STRING, 0, f_type) \
    X("speaker", WHOSAID_STRING, 1, f_speaker) \
    X("role", WHOSAID_STRING, 1, f_role) \
    X("cue", WHOSAID_STRING, 1, f_cue) \
    X("mention", WHOSAID_STRING, 1, f_mention) \
    X("mention_start", WHOSAID_INT, 1, f_mention_start) \
    X("mention_end", WHOSAID_INT, 1, f_mention_end) \
    X("method", WHOSAID_STRING, 1, f_method) \
    X("sentence", WHOSAID_INT, 0, f_sentence) \
    X("paragraph", WHOSAID_INT, 0, f_paragraph) \
    X("closed", WHOSAID_BOOL, 0, f_closed) \
    X("gender", WHOSAID_STRING, 1, f_gender) \
    X("lang", WHOSAID_STRING, 0, f_lang)

static const struct {
    const char *name;
    int kind;     /* enum whosaid_kind */
    int nullable; /* whether a record may have no value here */
    field_get get;
} fields[] = {
#define FIELD_ROW(name, kind, nullable, get) {name, kind, nullable, get},
    FIELDS(FIELD_ROW)
#undef FIELD_ROW
};
#define NFIELDS (sizeof fields / sizeof *fields)

size_t whosaid_field_count(void) { return NFIELDS; }

const char *whosaid_field_name(size_t i) { return i < NFIELDS ? fields[i].name : NULL; }

int whosaid_field_kind(size_t i) { return i < NFIELDS ? fields[i].kind : WHOSAID_NULL; }

int whosaid_field_nullable(size_t i) { return i < NFIELDS && fields[i].nullable; }

int whosaid_field_index(const char *field) {
    for (size_t i = 0; field && i < NFIELDS; i++)
        if (!strcmp(field, fields[i].name)) return (int)i;
    return -1;
}

whosaid_value whosaid_record_get(const whosaid_record *record, size_t i) {
    if (!record || i >= NFIELDS) return null_value;
    field_ctx c = {record, NULL};
    whosaid_value v;
    fields[i].get(&c, &v);
    return v;
}

/* Every field, in the table's order: each getter called by its name, which the compiler takes
 * in line, where a call through the table for each of the eighteen fields of every record
 * costs more than most getters do. */
static void all_fields(const field_ctx *c, whosaid_value *out) {
#define FIELD_GET(name, kind, nullable, get) get(c, out++);
    FIELDS(FIELD_GET)
#undef FIELD_GET
}

void record_values(const whosaid_record *record, size_t first, size_t n, whosaid_value *out) {
    const quote *q = q_of(record);
    const mention *m = mention_of(record);
    size_t cp[CP_COUNT] = {0};
    document_cp_span(doc_of(record), q->start, q->end, &cp[CP_START], &cp[CP_END]);
    if (m) document_cp_span(doc_of(record), m->start, m->end, &cp[CP_MENTION_START], &cp[CP_MENTION_END]);
    field_ctx c = {record, cp};
    if (first == 0 && n == NFIELDS) { /* every field, as the writers ask: see all_fields */
        all_fields(&c, out);
        return;
    }
    size_t have = first < NFIELDS ? NFIELDS - first : 0, i = 0;
    for (; i < n && i < have; i++) fields[first + i].get(&c, &out[i]);
    for (; i < n; i++) out[i] = null_value;
}

const unsigned char *record_valid_text(const whosaid_record *record, size_t *len) {
    const document *d = doc_of(record);
    *len = d->valid_utf8 ? d->len : 0;
    return d->valid_utf8 ? d->text : NULL;
}
