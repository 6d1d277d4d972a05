/* attribute.h: who said each quotation, from its cue, the registry, or the quotation before. */
#ifndef WHOSAID_ATTRIBUTE_H
#define WHOSAID_ATTRIBUTE_H

#include "cues.h"
#include "people.h"
#include "salience.h"
#include "quotes.h"

typedef struct {
    size_t person;                     /* NO_PERSON when the speaker is not in the registry */
    size_t speaker_start, speaker_end; /* equal: no speaker */
    size_t role_start, role_end;       /* equal: no role */
    const cue *cue;                    /* NULL for a continuation or no speaker */
    const char *method;                /* NULL when there is no speaker */
    int gender;                        /* GENDER_MALE or GENDER_FEMALE as the text shows the speaker, or 0 */
    ranking ranked;                    /* the candidates a pronoun or description had (--trace) */
} attribution;

/* Attributes every direct quotation; out has one entry per quotation. */
void attribute_quotes(const document *d, const segments *seg, const quote_vec *quotes, const cue *cues,
                      const registry *reg, attribution *out);

#endif
