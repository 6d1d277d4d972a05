/* language.h: which language's rules a document is read with, found by a vote of each
 * language's function words (rules/<lang>/function-words.txt) over the start of the text. */
#ifndef WHOSAID_LANGUAGE_H
#define WHOSAID_LANGUAGE_H

#include <stddef.h>

#include "rules.h"

/* How much of a document the vote reads: enough words for any language's function words to
 * outnumber the others' many times over, and a bound that keeps the cost per document small. */
enum { LANGUAGE_SAMPLE_BYTES = 1024, LANGUAGE_MAX_BYTES = 16384 };

/* The rules to read text[0, len) with: the language whose function words are most frequent;
 * English (the first rules) when the text is too short to tell; the shared rules alone ("und")
 * when a long enough text holds almost none of any language's. */
const whosaid_rules *language_of(const whosaid_rules *first, const char *text, size_t len);

#endif
