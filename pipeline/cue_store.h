/* cue_store.h: the cues of one document's quotations, kept from the moment they are found
 * until their quotations are attributed (after every cue has named its speaker to the
 * registry). Only quotations that have a cue keep one, each packed into some 20 to 40 bytes
 * instead of the 160 of a cue: a text dense with quotations has one every 15 bytes. */
#ifndef WHOSAID_CUE_STORE_H
#define WHOSAID_CUE_STORE_H

#include "buf.h"
#include "cues.h"

typedef struct {
    buf bytes;
    size_t read; /* where cue_store_next reads the next cue */
} cue_store;

/* Whether c is no cue at all (every field zero, as find_cues leaves a quotation without one). */
int cue_store_empty(const cue *c);
/* Appends c, packed against base (its quotation's opening offset: offsets are kept as small
 * differences). -1 when out of memory. */
int cue_store_add(cue_store *s, const cue *c, size_t base);
/* Reads back the next cue added (the same base), in the order they were added. */
void cue_store_next(cue_store *s, size_t base, cue *out);
/* Empties the store for another document, keeping its memory. */
void cue_store_clear(cue_store *s);
void cue_store_free(cue_store *s);

#endif
