/* record.c: the fields of a record, in one table. The command line's JSON and TSV writers and
 * the Python module walk this table, so a field added here (a row, and a getter that reads it
 * from the extractor's stages) reaches all of them, in this order, with nothing else to change.
 * New fields go after the existing ones (the contract; programs built against an older header
 * rely on the indices). */
#include "whosaid_internal.h"

#include <string.h>

typedef whosaid_value (*field_get)(const whosaid_record *r);

static const whosaid_value null_value = {WHOSAID_NULL, {NULL, 0}, 0};

static whosaid_value text(whosaid_slice s) {
    whosaid_value v = {WHOSAID_STRING, s, 0};
    return s.ptr ? v : null_value;
}

static whosaid_value name(const char *s) { return s ? text(slice_of(s, strlen(s))) : null_value; }

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

static whosaid_value f_quote(const whosaid_record *r) { return text(slice_at(r, q_of(r)->start, q_of(r)->end)); }
static whosaid_value f_start(const whosaid_record *r) { return number(document_cp(doc_of(r), q_of(r)->start)); }
static whosaid_value f_end(const whosaid_record *r) { return number(document_cp(doc_of(r), q_of(r)->end)); }
static whosaid_value f_byte_start(const whosaid_record *r) { return number(q_of(r)->start); }
static whosaid_value f_byte_end(const whosaid_record *r) { return number(q_of(r)->end); }
static whosaid_value f_type(const whosaid_record *r) { return name(whosaid_type_name(q_of(r)->type)); }
static whosaid_value f_speaker(const whosaid_record *r) { return text(r->speaker); }
static whosaid_value f_role(const whosaid_record *r) { return text(r->role); }
static whosaid_value f_cue(const whosaid_record *r) {
    const cue *c = cue_of(r);
    return c && c->verb_end > c->verb_start ? text(slice_at(r, c->verb_start, c->verb_end)) : null_value;
}
static whosaid_value f_mention(const whosaid_record *r) {
    const mention *m = mention_of(r);
    return m ? text(slice_at(r, m->start, m->end)) : null_value;
}
static whosaid_value f_mention_start(const whosaid_record *r) {
    const mention *m = mention_of(r);
    return m ? number(document_cp(doc_of(r), m->start)) : null_value;
}
static whosaid_value f_mention_end(const whosaid_record *r) {
    const mention *m = mention_of(r);
    return m ? number(document_cp(doc_of(r), m->end)) : null_value;
}
static whosaid_value f_method(const whosaid_record *r) {
    const attribution *a = r->a;
    return a->speaker_end > a->speaker_start ? name(a->method) : null_value;
}
static whosaid_value f_sentence(const whosaid_record *r) { return number(q_of(r)->sent); }
static whosaid_value f_paragraph(const whosaid_record *r) { return number(quote_para(&r->ws->seg, q_of(r))); }
static whosaid_value f_closed(const whosaid_record *r) { return boolean(q_of(r)->closed); }
static whosaid_value f_gender(const whosaid_record *r) {
    const attribution *a = r->a;
    if (a->speaker_end <= a->speaker_start) return null_value;
    return name(a->gender == GENDER_FEMALE ? "female" : a->gender == GENDER_MALE ? "male" : NULL);
}

/* The language the document was read with ("und": none of the built-in ones). */
static whosaid_value f_lang(const whosaid_record *r) { return name(r->ws->doc_rules->lang); }

static const struct {
    const char *name;
    int kind;     /* enum whosaid_kind */
    int nullable; /* whether a record may have no value here */
    field_get get;
} fields[] = {
    {"quote", WHOSAID_STRING, 0, f_quote},
    {"start", WHOSAID_INT, 0, f_start},
    {"end", WHOSAID_INT, 0, f_end},
    {"byte_start", WHOSAID_INT, 0, f_byte_start},
    {"byte_end", WHOSAID_INT, 0, f_byte_end},
    {"type", WHOSAID_STRING, 0, f_type},
    {"speaker", WHOSAID_STRING, 1, f_speaker},
    {"role", WHOSAID_STRING, 1, f_role},
    {"cue", WHOSAID_STRING, 1, f_cue},
    {"mention", WHOSAID_STRING, 1, f_mention},
    {"mention_start", WHOSAID_INT, 1, f_mention_start},
    {"mention_end", WHOSAID_INT, 1, f_mention_end},
    {"method", WHOSAID_STRING, 1, f_method},
    {"sentence", WHOSAID_INT, 0, f_sentence},
    {"paragraph", WHOSAID_INT, 0, f_paragraph},
    {"closed", WHOSAID_BOOL, 0, f_closed},
    {"gender", WHOSAID_STRING, 1, f_gender},
    {"lang", WHOSAID_STRING, 0, f_lang},
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
    return fields[i].get(record);
}
