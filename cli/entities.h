/* entities.h: decoding HTML character references (&ldquo; &#8220; &#x201C; &quot;, and the
 * legacy ones without ';' such as &amp) as HTML5 decodes them in text, each into the offset map
 * as one piece that stands for its reference, so that offsets still slice the input.
 *
 * The HTML parser (gumbo) decodes every reference: whosaid only finds where one may start and
 * how long it can be, hands that span to gumbo, and reads from the result how much of it gumbo
 * took as the reference (the longest-match rules, the Windows-1252 numbers, the invalid ones).
 * Each distinct span is decoded once per thread, in a small cache. */
#ifndef WHOSAID_ENTITIES_H
#define WHOSAID_ENTITIES_H

#include <stddef.h>

#include "offset_map.h"

enum { REFERENCE_MAX = 48, REFERENCE_CACHE = 64 };

/* A span decoded: the span looked at, how much of it is the reference, what it decodes to. */
typedef struct {
    unsigned char span_len, taken, out_len;
    char span[REFERENCE_MAX];
    char out[8];
} reference_slot;

/* A decoder's cache: one per thread. Zero it to start. */
typedef struct {
    reference_slot slot[REFERENCE_CACHE];
} entity_cache;

/* Appends raw[a, b) to the map with every character reference decoded. */
void entities_append(entity_cache *cache, offset_map *m, size_t a, size_t b);
/* One reference at raw[i] ('&'): appends its decoded text and returns how many input bytes it
 * took, or 0 when there is no reference there ('&' stands for itself). */
size_t entities_append_one(entity_cache *cache, offset_map *m, size_t i, size_t b);

#endif
