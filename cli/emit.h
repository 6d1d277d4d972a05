/* emit.h: records as JSON objects (fields in the contract's order) or TSV rows. */
#ifndef WHOSAID_EMIT_H
#define WHOSAID_EMIT_H

#include <jansson.h>
#include <stdio.h>

#include "buf.h"
#include "whosaid.h"

/* The record fields, in the contract's order: the JSON key order and the first TSV columns. */
extern const char *const emit_fields[];
extern const size_t emit_nfields;
/* 1 when name is one of emit_fields. */
int emit_is_record_field(const char *name);

/* Kept document fields (--keep): their names in the order given, and an object holding their
 * values (borrowed; NULL, or a name missing from it, gives null). They follow the record
 * fields, in that order, in every record and every TSV row. */
typedef struct {
    const char *const *names;
    size_t n;
    json_t *values;
} emit_keep;

/* The record as a new JSON object; doc_id and keep are borrowed. NULL when out of memory. */
json_t *emit_record_json(const whosaid_record *rec, json_t *doc_id, const emit_keep *keep);

/* Appends one line (JSON, or a TSV row) to out. */
int emit_jsonl(buf *out, const whosaid_record *rec, json_t *doc_id, const emit_keep *keep);
int emit_tsv(buf *out, const whosaid_record *rec, json_t *doc_id, const emit_keep *keep);
/* The TSV header line: the record fields, then the kept names. */
int emit_tsv_header(buf *out, const char *const *keep_names, size_t nkeep);

/* A copy of bytes as valid UTF-8: each invalid byte becomes U+FFFD. */
int emit_valid_utf8(buf *out, const char *s, size_t n);

#endif
