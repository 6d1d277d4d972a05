/* reported.h: reported speech, with or without a quoted fragment: "Finance Minister Anna Keller
 * said that the plan would not raise taxes" (indirect), "Grant said the bill was “a betrayal”"
 * (mixed), "The plan will not raise taxes, Keller said", "According to police, the driver fled". */
#ifndef WHOSAID_REPORTED_H
#define WHOSAID_REPORTED_H

#include "cues.h"

typedef VEC(cue) cue_vec;

/* Reads the sentences listed in speech (those holding a reporting verb outside quotations; from
 * the tokens the registry kept, where it kept them) and adds each reported clause found there
 * to quotes as a quotation of type WHOSAID_INDIRECT or WHOSAID_MIXED, with its cue in cues (one
 * cue per quotation, in step). A quotation a mixed clause holds gets type 0: it is part of that
 * record, not one of its own. Quotations and cues end sorted by position. Returns 0, or -1 when
 * out of memory. */
int find_reported(const document *d, const whosaid_rules *r, const segments *seg, const index_vec *speech,
                  const kept_tokens *kept, quote_vec *quotes, cue_vec *cues, cue_scratch *scratch);

#endif
