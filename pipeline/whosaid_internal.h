/* whosaid_internal.h: the extractor's state, shared by the library front and the trace view. */
#ifndef WHOSAID_INTERNAL_H
#define WHOSAID_INTERNAL_H

#include "attribute.h"
#include "cues.h"
#include "document.h"
#include "people.h"
#include "quotes.h"
#include "segment.h"
#include "whosaid.h"

struct whosaid {
    const whosaid_rules *rules;
    document doc;
    segments seg;
    quote_vec quotes;
    registry reg;
    cue_scratch scratch;
    VEC(cue) cues;
    VEC(attribution) attrs;
    buf speaker, role; /* white space folded, for the record being handed out */
};

/* Runs every stage up to attribution over one document. */
int whosaid_run_stages(whosaid *ws, const char *text, size_t len);

#endif
