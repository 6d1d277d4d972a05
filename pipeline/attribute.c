/* attribute.c: for each quotation, its own cue wins; then continuation (no cue of its own,
 * right after a quotation of a known speaker, with nobody else named between); else none.
 * The cue's phrase is resolved through the registry to the fullest name and role. */
#include "attribute.h"

#include <string.h>

static void set_person(const registry *reg, size_t p, attribution *a) {
    const person *ps = &reg->people.items[p];
    a->person = p;
    a->speaker_start = ps->name_start;
    a->speaker_end = ps->name_end;
    if (ps->role_end > ps->role_start) {
        a->role_start = ps->role_start;
        a->role_end = ps->role_end;
    }
}

static int same_span_text(const document *d, size_t a0, size_t a1, size_t b0, size_t b1) {
    return a1 - a0 == b1 - b0 && !memcmp(d->text + a0, d->text + b0, a1 - a0);
}

static void from_cue(const document *d, const whosaid_rules *r, const registry *reg, const cue *c,
                     const attribution *prev, size_t prev_open, attribution *a) {
    const mention *m = &c->who;
    a->cue = c;
    a->role_start = m->role_start;
    a->role_end = m->role_end;
    switch (m->kind) {
    case MENTION_NAME: {
        size_t p = registry_resolve_name(reg, d, m);
        if (p != NO_PERSON) {
            set_person(reg, p, a);
            a->method = same_span_text(d, a->speaker_start, a->speaker_end, m->name_start, m->name_end) ? "cue" : "surname";
        } else {
            a->speaker_start = m->name_start;
            a->speaker_end = m->name_end;
            a->method = "cue";
        }
        break;
    }
    case MENTION_PRONOUN: {
        /* the nearer of the previous quotation's speaker and the last subject named */
        size_t at = 0, p = registry_recent(reg, m->start, m->gender, &at);
        if (prev && prev->person != NO_PERSON && (p == NO_PERSON || prev_open >= at)) {
            int g = reg->people.items[prev->person].gender;
            if (!m->gender || !g || g == m->gender) p = prev->person;
        }
        if (p != NO_PERSON) {
            set_person(reg, p, a);
            a->method = "pronoun";
        }
        break;
    }
    case MENTION_ROLE: {
        size_t p = registry_resolve_role(reg, d, r, m);
        if (p != NO_PERSON) {
            set_person(reg, p, a);
            a->method = "role-noun";
        } else {
            a->speaker_start = m->start;
            a->speaker_end = m->end;
            a->method = "cue";
        }
        break;
    }
    case MENTION_DESCRIPTION:
        a->speaker_start = m->start;
        a->speaker_end = m->end;
        a->method = "cue";
        break;
    default:
        break;
    }
    if (c->form == CUE_COLON && a->method) a->method = "colon";
}

/* Is anyone other than person p named in text[from, to)? */
static int other_person_named(const registry *reg, size_t p, size_t from, size_t to) {
    for (size_t i = registry_mention_at(reg, from); i < reg->mentions.len; i++) {
        const person_mention *pm = &reg->mentions.items[i];
        if (pm->pos >= to && reg->idx.ready) break; /* the mentions are in document order */
        if (pm->pos >= from && pm->pos < to && pm->person != p) return 1;
    }
    return 0;
}

void attribute_quotes(const document *d, const whosaid_rules *r, const quote_vec *quotes, const cue *cues,
                      const registry *reg, attribution *out) {
    const attribution *prev = NULL;
    const quote *prevq = NULL;
    for (size_t i = 0; i < quotes->len; i++) {
        const quote *q = &quotes->items[i];
        attribution *a = &out[i];
        memset(a, 0, sizeof *a);
        a->person = NO_PERSON;
        if (q->type != WHOSAID_DIRECT) continue;
        if (cues[i].form != CUE_NONE) {
            from_cue(d, r, reg, &cues[i], prev, prevq ? prevq->open : 0, a);
        } else if (prev && prev->speaker_end > prev->speaker_start && q->para <= prevq->end_para + 1) {
            size_t gap = prevq->close_end;
            if (prev->cue && prev->cue->who.end > gap) gap = prev->cue->who.end;
            if (prev->person == NO_PERSON || !other_person_named(reg, prev->person, gap, q->open)) {
                *a = *prev;
                a->cue = NULL;
                a->method = "continuation";
            }
        }
        prev = a;
        prevq = q;
    }
}
