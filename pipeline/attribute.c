/* attribute.c: for each quotation, its own cue wins; then continuation (no cue of its own,
 * right after a quotation of a known speaker, with nobody else named between); then the
 * context: the person the sentences just before the quotation are about. The cue's phrase is
 * resolved through the registry to the fullest name and role. */
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

/* The person a pronoun (or a verb with no subject of its own) at pos stands for, by salience,
 * the previous quotation's speaker counting as a subject where it opened. */
static size_t pronoun_person(const registry *reg, const segments *seg, size_t pos, int gender, int any_full_name,
                             const attribution *prev, const quote *prevq, attribution *a) {
    salience_query q = {.pos = pos, .sent = segments_sentence_at(seg, pos), .gender = gender,
                        .any_full_name = any_full_name, .prev_speaker = prev ? prev->person : NO_PERSON,
                        .prev_sent = prevq ? prevq->sent : 0, .kind = ENTITY_PERSON};
    return registry_rank(reg, &q, &a->ranked);
}

static void from_cue(const document *d, const segments *seg, const registry *reg, const cue *c,
                     const attribution *prev, const quote *prevq, attribution *a) {
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
        size_t p = pronoun_person(reg, seg, m->start, m->gender, 1, prev, prevq, a);
        if (p != NO_PERSON) {
            set_person(reg, p, a);
            a->method = "pronoun";
        }
        break;
    }
    case MENTION_ROLE: {
        /* "the mayor" is someone named before; "one former executive" is not */
        size_t p = m->definite ? registry_resolve_role(reg, d, m) : NO_PERSON;
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
    default: {
        /* a verb with its subject further back: "… and said, “…”", "…, saying “…”" */
        size_t p = pronoun_person(reg, seg, c->verb_start, 0, 0, prev, prevq, a);
        if (p != NO_PERSON) {
            set_person(reg, p, a);
            a->method = "context";
        }
        break;
    }
    }
    if (c->form == CUE_COLON && a->method) a->method = "colon";
}

void attribute_quotes(const document *d, const segments *seg, const quote_vec *quotes, const cue *cues,
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
            from_cue(d, seg, reg, &cues[i], prev, prevq, a);
        } else {
            int near_prev = prev && prev->speaker_end > prev->speaker_start && q->para <= prevq->end_para + 1;
            size_t gap = near_prev ? prevq->close_end : 0;
            if (near_prev && prev->cue && prev->cue->who.end > gap) gap = prev->cue->who.end;
            if (near_prev && !registry_other_named(reg, prev->person, gap, q->open)) {
                *a = *prev;
                a->cue = NULL;
                a->method = "continuation";
            } else {
                /* whoever the sentences just before are about, back to the previous paragraph */
                size_t floor = seg->paras.items[q->para ? q->para - 1 : 0].start;
                size_t at = 0, p = registry_antecedent(reg, q->open, floor, 0, 0, &at);
                if (p != NO_PERSON) {
                    set_person(reg, p, a);
                    a->method = "context";
                }
            }
        }
        prev = a;
        prevq = q;
    }
}
