/* whosaid_internal.h: the extractor's state, shared by the library front, the stages' driver,
 * the record fields and the trace view. */
#ifndef WHOSAID_INTERNAL_H
#define WHOSAID_INTERNAL_H

#include "attribute.h"
#include "cue_store.h"
#include "cues.h"
#include "document.h"
#include "people.h"
#include "quotes.h"
#include "reported.h"
#include "segment.h"
#include "whosaid.h"

/* What a document keeps from the stages until its records are written: the paragraphs and
 * sentences, the quotations (in marks, and the reported clauses), the registry, and the cues of
 * the quotations that have one, packed. The rest (tokens, cue windows, a part of the
 * quotations' full cues) is held only while a part of the document is read; attributions are
 * made one at a time as records are written. */
struct whosaid {
    const whosaid_rules *rules;
    document doc;
    segments seg;
    quote_vec quotes;   /* the quotations in marks, in order */
    quote_vec said;     /* the reported clauses (indirect, mixed), in order */
    cue_store quote_cues, said_cues; /* the cues kept for each (quote.cued), in the same order */
    registry reg;
    cue_scratch scratch;
    index_vec speech; /* sentences with a reporting verb outside quotations */
    kept_tokens kept; /* the tokens of the sentences, as the registry read them */
    mention_memo memo; /* the answers parse_mention gave at them (kept.memo) */
    /* one part of the quotations at a time (stages.c): a copy, with their full cues in step */
    size_t part_quotes; /* how many a part holds; 0: PART_QUOTES (tests try small parts) */
    quote_vec part;
    cue_vec part_cues;
    index_vec zeroed; /* quotations of parts to come that a mixed clause holds (type 0) */
    quote_vec held;   /* reported clauses that open in a part to come ... */
    cue_vec held_cues; /* ... and their cues */
    buf speaker, role; /* white space folded, for the record being handed out */
    buf nominative;    /* the speaker's name in the nominative, where the text gives another case */
    buf role_cited;    /* the role as a man's or a woman's is cited alone, where the text declines it */
    const whosaid_rules *forced;    /* whosaid_set_lang's language, or NULL: found per document */
    const whosaid_rules *doc_rules; /* the language the last document was read with */
};

/* The quotations of a document in order (those in marks and the reported clauses merged), each
 * with its cue and attribution; see whosaid_walk_next. */
typedef struct {
    size_t next_quote, next_said;
    const quote *q;
    cue c;
    attribution a;
    attribute_state state;
} whosaid_walk;

/* A record as the callback sees it: a quotation and what the stages found for it, which the
 * field getters (record.c) read. */
struct whosaid_record {
    const whosaid *ws;
    const quote *q;
    const attribution *a;
    whosaid_slice speaker, role; /* white space folded; ptr NULL when there is no speaker */
};

/* whosaid_process for a text that the caller has found to be valid UTF-8 (as the command line's
 * JSON reader does while it decodes a text field): the document is then not checked again. Not
 * exported: a text that is not UTF-8 would be counted otherwise than the contract counts it. */
int whosaid_process_checked(whosaid *ws, const char *text, size_t len, unsigned types, whosaid_record_fn fn,
                            void *user);

/* whosaid_type_name of a type with its length (ptr NULL for none): a record's field. */
whosaid_slice type_name_slice(unsigned type);

/* Runs every stage up to attribution over one document. */
int whosaid_run_stages(whosaid *ws, const char *text, size_t len);
/* Starts a walk over the quotations of the document the stages ran on. */
void whosaid_walk_start(whosaid *ws, whosaid_walk *w);
/* Moves to the next quotation and attributes it: 1, with w->q, w->c and w->a set; 0 after the
 * last. */
int whosaid_walk_next(whosaid *ws, whosaid_walk *w);

#endif
