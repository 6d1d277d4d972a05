/* emit.h: records as JSON objects (fields in the contract's order) or TSV rows. */
#ifndef WHOSAID_EMIT_H
#define WHOSAID_EMIT_H

#include <jansson.h>
#include <stdio.h>

#include "buf.h"
#include "whosaid.h"

/* The record as a new JSON object; doc_id and keep (an object of copied fields, or NULL) are
 * borrowed. NULL when out of memory. */
json_t *emit_record_json(const whosaid_record *rec, json_t *doc_id, json_t *keep);

/* Appends one line (JSON, or a TSV row) to out. */
int emit_jsonl(buf *out, const whosaid_record *rec, json_t *doc_id, json_t *keep);
int emit_tsv(buf *out, const whosaid_record *rec, json_t *doc_id, json_t *keep, const char *const *keep_names,
             size_t nkeep);
/* The TSV header line. */
int emit_tsv_header(buf *out, const char *const *keep_names, size_t nkeep);

/* A copy of bytes as valid UTF-8: each invalid byte becomes U+FFFD. */
int emit_valid_utf8(buf *out, const char *s, size_t n);

#endif
