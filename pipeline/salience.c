/* salience.c: whom a pronoun, a definite description or a verb without a subject stands for:
 * the people (or organisations) of the sentences before, ranked by how they were mentioned
 * there. */
#include "salience.h"

#include <strings.h>

static int gender_fits(const person *p, int g) { return !g || !p->gender || p->gender == g; }

/* How many sentences back salience looks, and how a mention's weight falls with each. */
enum { SALIENCE_SENTENCES = 12 };
#define SALIENCE_DECAY 0.15f

static float mention_weight(const person_mention *pm) {
    float w = pm->subject == SUBJECT_OF_VERB ? 3.0f : pm->subject == SUBJECT_FIRST ? 2.0f : 1.0f;
    return pm->possessive || pm->oblique ? w * 0.5f : w;
}

static float decay(size_t sentences) {
    float f = 1.0f;
    for (size_t k = 0; k < sentences && f > 1e-6f; k++) f *= SALIENCE_DECAY;
    return f;
}

/* May ps be what the query's pronoun or description stands for? "it" and "the company" are an
 * organisation, or a name that speaks without anything showing a person ("Hydro-Québec said");
 * "he" and "the owner" are not an organisation. */
static int fits_query(const person *ps, const salience_query *q) {
    if (q->kind == ENTITY_GROUP) return ps->kind == ENTITY_GROUP;
    if (q->kind == ENTITY_ORG) return ps->kind == ENTITY_ORG || (!ps->personal && !ps->gender);
    return ps->kind == ENTITY_PERSON && gender_fits(ps, q->gender) &&
           (ps->personal || !q->personal || ps->surname_start != ps->name_start);
}

/* The scores of one pass over the mentions before q->pos; people who do not fit are left out. */
enum { SCRATCH_CANDIDATES = 32 };
static size_t score_mentions(const registry *reg, const salience_query *q, int need_evidence,
                             candidate *c) {
    size_t n = 0, end = registry_mentions_from(reg, q->pos);
    size_t window = q->window ? q->window : SALIENCE_SENTENCES;
    for (size_t i = end, walked = 0; i-- > 0 && walked < REGISTRY_LOOKBACK; walked++) {
        const person_mention *pm = &reg->mentions.items[i];
        if (pm->pos < q->floor || pm->sent + window < q->sent) break;
        const person *ps = &reg->people.items[pm->person];
        if (pm->quoted || !fits_query(ps, q)) continue;
        /* an organisation needs no sign of being a person: "Cisco Talos" is one by being named */
        if (q->kind != ENTITY_ORG && (need_evidence ? !ps->evidence : ps->surname_start == ps->name_start)) continue;
        float w = mention_weight(pm) * decay(q->sent > pm->sent ? q->sent - pm->sent : 0);
        size_t k = 0;
        while (k < n && c[k].person != pm->person) k++;
        if (k == n) {
            if (n == SCRATCH_CANDIDATES) continue;
            c[n++] = (candidate){pm->person, 0.0f, pm->pos, pm->sent, 0.0f};
        }
        /* a sentence counts a person once, by their strongest mention in it: "she" said three
         * times in one sentence is not three sentences about her */
        if (c[k].sent != pm->sent) {
            c[k].score += c[k].sent_best;
            c[k].sent = pm->sent;
            c[k].sent_best = 0.0f;
        }
        if (w > c[k].sent_best) c[k].sent_best = w;
    }
    for (size_t k = 0; k < n; k++) {
        c[k].score += c[k].sent_best;
        c[k].sent_best = 0.0f;
    }
    return n;
}

static int better(const candidate *a, const candidate *b, int latest) {
    if (latest) return a->last_pos > b->last_pos;
    return a->score > b->score || (a->score == b->score && a->last_pos > b->last_pos);
}

size_t registry_rank(const registry *reg, const salience_query *q, ranking *out) {
    candidate c[SCRATCH_CANDIDATES + 1];
    size_t n = 0;
    for (int need_evidence = 1; need_evidence >= !q->any_full_name && !n; need_evidence--)
        n = score_mentions(reg, q, need_evidence, c);
    if (q->prev_speaker != NO_PERSON && q->prev_speaker < reg->people.len &&
        fits_query(&reg->people.items[q->prev_speaker], q) && q->prev_sent <= q->sent &&
        q->prev_sent + SALIENCE_SENTENCES >= q->sent) {
        size_t k = 0;
        while (k < n && c[k].person != q->prev_speaker) k++;
        if (k == n) c[n++] = (candidate){q->prev_speaker, 0.0f, 0, 0, 0.0f};
        c[k].score += 3.0f * decay(q->sent - q->prev_sent);
    }
    /* best first: a few passes of selection, since only the top few are wanted */
    size_t best = NO_PERSON;
    if (out) out->n = 0;
    for (size_t rank = 0; rank < RANKED_MAX && rank < n; rank++) {
        size_t b = rank;
        for (size_t k = rank + 1; k < n; k++)
            if (better(&c[k], &c[b], q->latest)) b = k;
        candidate t = c[rank];
        c[rank] = c[b];
        c[b] = t;
        if (rank == 0) best = c[0].person;
        if (out) out->top[out->n++] = c[rank];
    }
    return best;
}

size_t registry_antecedent(const registry *reg, size_t pos, size_t floor, int gender, int any_full_name,
                           size_t *at) {
    size_t end = registry_mentions_from(reg, pos);
    salience_query q = {.pos = pos, .sent = end ? reg->mentions.items[end - 1].sent : 0, .floor = floor,
                        .gender = gender, .any_full_name = any_full_name, .prev_speaker = NO_PERSON,
                        .kind = ENTITY_PERSON};
    ranking r;
    size_t p = registry_rank(reg, &q, &r);
    if (p != NO_PERSON) *at = r.top[0].last_pos;
    return p;
}

/* Reads the words of text[w, end) against the noun text[hs, he) of group kind: returns 1 where
 * one is the noun, else notes whether one is a noun of any kind and of its kind. */
static int words_hold_noun(const registry *reg, const document *d, size_t w, size_t end, size_t hs, size_t he, int kind,
                           int *of_kind, int *any_kind) {
    while (w < end) {
        size_t e = w;
        while (e < end && d->text[e] != ' ') e++;
        if (e - w == he - hs && !strncasecmp((const char *)d->text + w, (const char *)d->text + hs, he - hs)) return 1;
        /* (where every noun is capitalised, as a compound's last part: "das Ministerium" of
         * "Bundesministerium für Verkehr") */
        if (rules_feature(reg->rules, FEATURE_CAPITALISED_NOUNS) && word_ends_in_noun(d, w, e, hs, he - hs)) return 1;
        int g = wordset_get(&reg->rules->org_noun_groups, (const char *)d->text + w, e - w);
        if (g >= 0) {
            *any_kind = 1;
            if (g == kind) *of_kind = 1;
        }
        w = e + 1;
    }
    return 0;
}

/* What the words of ps's name, and the kind given before it ("the carmaker Veloris"), show of
 * the noun text[hs, he): ORG_HOLDS_NOUN, one of them is it; ORG_OF_KIND, one is a noun of its
 * kind (a line of organisation-noun-groups.txt); ORG_OTHER_KIND, nouns of other kinds only;
 * ORG_NO_KIND, no noun of any kind. */
int registry_org_fit(const registry *reg, const document *d, const person *ps, size_t hs, size_t he) {
    int kind = wordset_get(&reg->rules->org_noun_groups, (const char *)d->text + hs, he - hs);
    int of_kind = 0, any_kind = 0;
    if (words_hold_noun(reg, d, ps->kind_start, ps->kind_end, hs, he, kind, &of_kind, &any_kind) ||
        words_hold_noun(reg, d, ps->name_start, ps->name_end, hs, he, kind, &of_kind, &any_kind))
        return ORG_HOLDS_NOUN;
    return of_kind ? ORG_OF_KIND : any_kind && kind >= 0 ? ORG_OTHER_KIND : ORG_NO_KIND;
}

size_t registry_org_for_noun(const registry *reg, const document *d, const ranking *rk, size_t head_start,
                             size_t head_end) {
    size_t of_kind = NO_PERSON, unknown = NO_PERSON;
    for (size_t k = 0; k < rk->n; k++) {
        size_t p = rk->top[k].person;
        int fit = registry_org_fit(reg, d, &reg->people.items[p], head_start, head_end);
        if (fit == ORG_HOLDS_NOUN) return p;
        if (fit == ORG_OF_KIND && of_kind == NO_PERSON) of_kind = p;
        if (fit == ORG_NO_KIND && unknown == NO_PERSON) unknown = p;
    }
    return of_kind != NO_PERSON ? of_kind : unknown;
}
