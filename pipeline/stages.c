/* stages.c: one document through the stages, and its quotations walked in order.
 *
 * The document keeps its sentences, its quotations and the registry. The stages that read
 * around each quotation (its cue, whether it is a fragment, the reported clauses of the
 * sentences near it) work on a part of the quotations at a time: a copy of PART_QUOTES of them
 * (a few more, so that a part ends between sentences with a verb of report) and of those on
 * either side that the grammar looks at, with their full cues in step. What
 * they find is kept compactly (a quotation's type, its cue packed if it has one, the reported
 * clauses) and every cue names its speaker to the registry, in document order, as the parts are
 * done. Only then is anything attributed: one quotation at a time, as the records are written
 * (whosaid_walk_next), so a document's attributions are never all held. The result is the one
 * the stages give over the whole document at once. */
#include <string.h>

#include "language.h"
#include "utf8.h"
#include "whosaid_internal.h"

/* Quotations in a part, and on either side of it: a quotation's cue depends on the quotations
 * before and after it, and a reported clause on the cues of the two quotations around a verb. */
enum { PART_QUOTES = 4096, SIDE_QUOTES = 3 };

/* The first quotation that opens at or after pos. */
static size_t first_opening_from(const quote_vec *q, size_t pos) { VEC_RETURN_FIRST_FROM(*q, open, pos); }

/* Keeps what the stages found for quotation q (its cue c) once they are done with it, in
 * document order: the cue names its speaker, and is packed into the store if it has one. */
static int keep_cue(whosaid *ws, quote *q, const cue *c, cue_store *store) {
    registry_mark_speaker(&ws->reg, &ws->doc, &c->who);
    q->cued = !cue_store_empty(c);
    return q->cued ? cue_store_add(store, c, q->open) : 0;
}

/* keep_held (below) where the first clause held back opens before pos. */
static int keep_held_read(whosaid *ws, size_t pos) {
    size_t n = 0;
    while (n < ws->held.len && ws->held.items[n].open < pos) {
        quote q = ws->held.items[n];
        if (keep_cue(ws, &q, &ws->held_cues.items[n], &ws->said_cues) != 0 || VEC_PUSH(&ws->said, q) != 0) return -1;
        n++;
    }
    if (!n) return 0;
    ws->held.len -= n;
    ws->held_cues.len -= n;
    memmove(ws->held.items, ws->held.items + n, ws->held.len * sizeof *ws->held.items);
    memmove(ws->held_cues.items, ws->held_cues.items + n, ws->held_cues.len * sizeof *ws->held_cues.items);
    return 0;
}
/* Keeps the reported clauses held back that open before pos. (In line, the test that answers
 * most: none is held, or the first opens after pos; asked before every quotation kept.) */
static inline int keep_held(whosaid *ws, size_t pos) {
    return ws->held.len && ws->held.items[0].open < pos ? keep_held_read(ws, pos) : 0;
}

typedef struct {
    size_t q0, q1;        /* the part's own quotations */
    size_t from, to;      /* the copy: own quotations and those on either side */
    size_t b1;            /* where the next part starts (its first quotation's mark) */
    size_t s0, s1;        /* its sentences with a reporting verb: those that start in the part */
    cue side[SIDE_QUOTES]; /* the cues of the quotations just before the part */
} part;

/* Copies the part's quotations and runs the stages on the copy. */
static int read_part(whosaid *ws, part *p) {
    const document *d = &ws->doc;
    const whosaid_rules *r = ws->doc_rules;
    const segments *seg = &ws->seg;
    size_t nq = ws->quotes.len, need = p->q1;
    if (p->s1 > p->s0) {
        /* the quotations that the last reported clause's window may hold: up to the end of its
         * sentence, or the most that TOKEN_WINDOW tokens hold */
        const sentence *sn = &seg->sents.items[ws->speech.items[p->s1 - 1]];
        size_t a = first_opening_from(&ws->quotes, sn->start), e = first_opening_from(&ws->quotes, sn->end);
        if (e > a + TOKEN_WINDOW) e = a + TOKEN_WINDOW;
        if (e > need) need = e;
    }
    p->from = p->q0 > SIDE_QUOTES ? p->q0 - SIDE_QUOTES : 0;
    p->to = need + SIDE_QUOTES < nq ? need + SIDE_QUOTES : nq;
    size_t n = p->to - p->from;
    if (VEC_RESERVE(&ws->part, n) != 0 || VEC_RESERVE(&ws->part_cues, n) != 0)
        return -1;
    if (n) memcpy(ws->part.items, ws->quotes.items + p->from, n * sizeof(quote));
    ws->part.len = ws->part_cues.len = n; /* find_cues fills every cue */
    if (find_cues(d, r, seg, &ws->kept, &ws->part, ws->part_cues.items, &ws->scratch) != 0) return -1;
    /* the quotations before the part have their cues already, found beside their own neighbours
     * (and a quotation that a clause of the part before holds is no longer direct) */
    for (size_t i = p->from; i < p->q0; i++) ws->part_cues.items[i - p->from] = p->side[SIDE_QUOTES - (p->q0 - i)];
    mark_partial_quotes(d, seg, &ws->part, ws->part_cues.items);
    /* no pointer arithmetic on the empty list's null */
    index_vec own = {p->s1 > p->s0 ? ws->speech.items + p->s0 : NULL, p->s1 - p->s0, p->s1 - p->s0};
    return find_reported(d, r, seg, &own, &ws->kept, &ws->part, &ws->part_cues, &ws->scratch);
}

/* Keeps, in document order, what the stages found in the part's copy for the part's own
 * quotations and reported clauses. */
static int keep_part(whosaid *ws, part *p) {
    size_t i = p->from, zeroed = 0;
    for (size_t k = 0; k < ws->part.len; k++) {
        const quote *q = &ws->part.items[k];
        const cue *c = &ws->part_cues.items[k];
        if (q->type & (WHOSAID_INDIRECT | WHOSAID_MIXED)) { /* a reported clause found here */
            if (q->open >= p->b1) { /* in a sentence that runs on into the next part */
                if (VEC_PUSH(&ws->held, *q) != 0 || VEC_PUSH(&ws->held_cues, *c) != 0) return -1;
                continue;
            }
            quote kept = *q;
            if (keep_held(ws, q->open) != 0 || keep_cue(ws, &kept, c, &ws->said_cues) != 0 ||
                VEC_PUSH(&ws->said, kept) != 0)
                return -1;
            continue;
        }
        size_t at = i++;
        if (at < p->q0) continue;
        if (at >= p->q1) { /* held by a clause of this part: its own part finds its cue first */
            if (q->type == 0 && VEC_PUSH(&ws->zeroed, (uint32_t)at) != 0) return -1;
            continue;
        }
        quote *dq = &ws->quotes.items[at];
        dq->type = q->type;
        dq->aside = q->aside;
        dq->resume = q->resume;
        while (zeroed < ws->zeroed.len && ws->zeroed.items[zeroed] < at) zeroed++;
        if (zeroed < ws->zeroed.len && ws->zeroed.items[zeroed] == at) dq->type = 0;
        if (keep_held(ws, q->open) != 0 || keep_cue(ws, dq, c, &ws->quote_cues) != 0) return -1;
        if (at + SIDE_QUOTES >= p->q1) { /* the last few, for the part after */
            memmove(p->side, p->side + 1, (SIDE_QUOTES - 1) * sizeof *p->side);
            p->side[SIDE_QUOTES - 1] = *c;
        }
    }
    /* what is left of zeroed is past this part */
    while (zeroed < ws->zeroed.len && ws->zeroed.items[zeroed] < p->q1) zeroed++;
    if (zeroed) {
        ws->zeroed.len -= zeroed;
        memmove(ws->zeroed.items, ws->zeroed.items + zeroed, ws->zeroed.len * sizeof *ws->zeroed.items);
    }
    return keep_held(ws, p->b1);
}

/* How many parts' worth a part may grow to, to end between sentences. */
enum { PART_SPILL = 2 };

/* Does pos fall inside a sentence with a verb of report, one of ws->speech from index from on,
 * after the sentence's start? */
static int opens_in_speech(const whosaid *ws, size_t from, size_t pos) {
    for (size_t k = from; k < ws->speech.len; k++) {
        const sentence *sn = &ws->seg.sents.items[ws->speech.items[k]];
        if (sn->start >= pos) return 0;
        if (pos < sn->end) return 1;
    }
    return 0;
}

static int find_speech(whosaid *ws) {
    ws->said.len = ws->held.len = ws->held_cues.len = ws->zeroed.len = 0;
    cue_store_clear(&ws->quote_cues);
    cue_store_clear(&ws->said_cues);
    size_t nq = ws->quotes.len, next_speech = 0, size = ws->part_quotes ? ws->part_quotes : PART_QUOTES;
    part p;
    memset(&p, 0, sizeof p);
    do {
        p.q1 = nq - p.q0 > size ? p.q0 + size : nq;
        /* (and not inside a sentence with a verb of report: its reported clause, read in this
         * part, may give the quotations after the boundary their cue, "Selon X, présidente de …,
         * « rien n'est joué »", which their own part, past the sentence, would not read again) */
        while (p.q1 < nq && p.q1 < p.q0 + PART_SPILL * size && opens_in_speech(ws, next_speech, ws->quotes.items[p.q1].open))
            p.q1++;
        p.b1 = p.q1 < nq ? ws->quotes.items[p.q1].open : (size_t)-1;
        p.s0 = next_speech;
        while (next_speech < ws->speech.len && ws->seg.sents.items[ws->speech.items[next_speech]].start < p.b1)
            next_speech++;
        p.s1 = next_speech;
        if (read_part(ws, &p) != 0 || keep_part(ws, &p) != 0) return -1;
        p.q0 = p.q1;
    } while (p.q0 < nq);
    return keep_held(ws, (size_t)-1);
}

int whosaid_run_stages(whosaid *ws, const char *text, size_t len) {
    if (len > DOCUMENT_MAX_BYTES) return WHOSAID_ETOOBIG;
    /* the language's rules: the one set, or the one its function words vote for */
    const whosaid_rules *r = rules_ready(ws->forced ? ws->forced : language_of(ws->rules, text, len));
    if (!r) return WHOSAID_ENOMEM;
    ws->doc_rules = r;
    document *d = &ws->doc;
    if (document_init(d, text, len) != 0 || segment_document(d, r, &ws->seg) != 0 ||
        find_quotes(d, r, &ws->seg, &ws->quotes) != 0 ||
        registry_build(&ws->reg, d, r, &ws->seg, &ws->quotes, &ws->scratch.own, &ws->speech, &ws->kept) != 0 ||
        find_speech(ws) != 0)
        return WHOSAID_ENOMEM;
    return WHOSAID_OK;
}

/* Quotations of a headline looked for in the body, at most (the first of the document), and
 * the bytes one must hold to be looked for. */
enum { HEADLINE_QUOTES = 2, HEADLINE_QUOTE_MIN = 12 };

/* Is q in the document's headline: its first paragraph, of one sentence that ends without a
 * full stop (marks and white space aside), with more paragraphs after it? */
static int in_headline(const document *d, const segments *seg, const quote *q) {
    if (seg->paras < 2 || quote_para(seg, q) != 0 || seg->sents.len < 2 || seg->sents.items[1].para == 0) return 0;
    size_t e = seg->sents.items[0].end;
    while (e > seg->sents.items[0].start) {
        size_t st;
        int32_t cp = utf8_prev(d->text, e, &st);
        if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) return 0;
        if (cp >= 0 && (uc_is_letter(cp) || uc_is_digit(cp))) return 1;
        e = st;
    }
    return 0;
}

/* "« Tant que la réforme n'est pas retirée, on ne ramasse rien » : à Paris, la grève …", then in
 * the body "« Tant que la réforme n'est pas retirée, on ne ramasse rien. On nous … », lance le
 * syndicaliste": a headline quotes words that a quotation of the body holds, where the body
 * says who spoke them. A headline's quotation whose speaker is no one the registry knows takes
 * the speaker of the first later quotation that holds its words, attributed as if on its own. */
static void headline_from_body(whosaid *ws, whosaid_walk *w) {
    const document *d = &ws->doc;
    const quote *q = w->q;
    if (w->next_quote > HEADLINE_QUOTES || q->type != WHOSAID_DIRECT || w->a.person != NO_PERSON ||
        !in_headline(d, &ws->seg, q))
        return;
    size_t n = q->end - q->start;
    while (n > 0 && (d->text[q->start + n - 1] == '.' || d->text[q->start + n - 1] == ',' ||
                     d->text[q->start + n - 1] == ' '))
        n--;
    if (n < HEADLINE_QUOTE_MIN) return;
    cue_store look = ws->quote_cues; /* (its own place to read from; the bytes are shared) */
    for (size_t i = w->next_quote; i < ws->quotes.len; i++) {
        const quote *b = &ws->quotes.items[i];
        cue c;
        memset(&c, 0, sizeof c);
        if (b->cued) cue_store_next(&look, b->open, &c);
        if (b->type != WHOSAID_DIRECT || quote_para(&ws->seg, b) == 0 || b->end - b->start < n ||
            !memmem(d->text + b->start, b->end - b->start, d->text + q->start, n))
            continue;
        attribute_state st;
        memset(&st, 0, sizeof st);
        attribution later;
        attribute_next(&st, d, &ws->seg, b, &c, &ws->reg, &later);
        if (later.person != NO_PERSON) attribute_take_speaker(&w->state, &w->a, &later);
        return;
    }
}

void whosaid_walk_start(whosaid *ws, whosaid_walk *w) {
    memset(w, 0, sizeof *w);
    ws->quote_cues.read = ws->said_cues.read = 0;
}

int whosaid_walk_next(whosaid *ws, whosaid_walk *w) {
    const quote *a = w->next_quote < ws->quotes.len ? &ws->quotes.items[w->next_quote] : NULL;
    const quote *b = w->next_said < ws->said.len ? &ws->said.items[w->next_said] : NULL;
    if (!a && !b) return 0;
    /* a clause and the quotation it opens with: the quotation first */
    int said = !a || (b && b->open < a->open);
    w->q = said ? b : a;
    if (said) w->next_said++;
    else w->next_quote++;
    /* (cue_store_next writes every field of the cue: only a quotation without one needs it
     * cleared) */
    if (w->q->cued) cue_store_next(said ? &ws->said_cues : &ws->quote_cues, w->q->open, &w->c);
    else memset(&w->c, 0, sizeof w->c);
    attribute_next(&w->state, &ws->doc, &ws->seg, w->q, &w->c, &ws->reg, &w->a);
    if (!said) headline_from_body(ws, w);
    return 1;
}
