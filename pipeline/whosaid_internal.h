/* whosaid_internal.h: the extractor's state, shared by the library front, the record fields and
 * the trace view. */
#ifndef WHOSAID_INTERNAL_H
#define WHOSAID_INTERNAL_H

#include "attribute.h"
#include "cues.h"
#include "document.h"
#include "people.h"
#include "quotes.h"
#include "reported.h"
#include "segment.h"
#include "whosaid.h"

struct whosaid {
    const whosaid_rules *rules;
    document doc;
    segments seg;
    quote_vec quotes;
    registry reg;
    cue_scratch scratch;
    cue_vec cues;    /* one per quotation, in step with quotes */
    index_vec speech; /* sentences with a reporting verb outside quotations */
    VEC(attribution) attrs;
    buf speaker, role; /* white space folded, for the record being handed out */
    const whosaid_rules *forced;    /* whosaid_set_lang's language, or NULL: found per document */
    const whosaid_rules *doc_rules; /* the language the last document was read with */
};

/* A record as the callback sees it: the quotation's index into the extractor's stages, whose
 * results the field getters (record.c) read. */
struct whosaid_record {
    const whosaid *ws;
    size_t i;                    /* into ws->quotes, ws->cues, ws->attrs */
    whosaid_slice speaker, role; /* white space folded; ptr NULL when there is no speaker */
};

/* Runs every stage up to attribution over one document. */
int whosaid_run_stages(whosaid *ws, const char *text, size_t len);

#endif
