/* record.h: every field of a record read at once, for the writers that write them all (the
 * command line's JSON lines and TSV): a span's end offset in code points is counted on from its
 * start rather than from a checkpoint of its own. The fields are record.c's table, as
 * whosaid_record_get reads them one at a time. */
#ifndef WHOSAID_RECORD_H
#define WHOSAID_RECORD_H

#include <stddef.h>

#include "whosaid.h"

/* The values of fields [first, first + n) into out[0, n): as whosaid_record_get gives them
 * (WHOSAID_NULL past the last field). */
void record_values(const whosaid_record *record, size_t first, size_t n, whosaid_value *out);
/* The text of the record's document where it was read as valid UTF-8, its length in *len; else
 * NULL. A span of it from a character's start to another's (or to its end), as a record's
 * quotation and names are, is valid UTF-8 as it stands: a writer need not check it again. */
const unsigned char *record_valid_text(const whosaid_record *record, size_t *len);

#endif
