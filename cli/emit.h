/* emit.h: records as JSON lines or TSV rows: "doc", the library's fields in its order, the kept
 * document fields. */
#ifndef WHOSAID_EMIT_H
#define WHOSAID_EMIT_H

#include <jansson.h>
#include <stdio.h>

#include "buf.h"
#include "offset_map.h"
#include "whosaid.h"

/* 1 when a record already has a field of that name: "doc", or a field of the library's table. */
int emit_is_record_field(const char *name);

/* Kept document fields (--keep): their names in the order given, and an object holding their
 * values (borrowed; NULL, or a name missing from it, gives null). They follow the record
 * fields, in that order, in every record and every TSV row. */
typedef struct {
    const char *const *names;
    size_t n;
    json_t *values;
} emit_keep;

/* The record fields' JSON keys as written (,"quote": and so on), made once for a run and read
 * by every thread: a record writes each key with one copy. */
typedef struct {
    char *text;  /* every key, one after the other */
    size_t *end; /* key i is text[i ? end[i - 1] : 0, end[i]) */
    size_t n;
    size_t room; /* what writing every key may take: their bytes, and a key copy's more each */
} emit_keys;
int emit_keys_init(emit_keys *k); /* 0, or -1 on no memory */
void emit_keys_free(emit_keys *k);

/* Appends one line (JSON, or a TSV row) to out. keys: from emit_keys_init (read only; threads
 * may share it). map: where the text the record was found in came from (its offsets are then
 * written as offsets into the input as given), or NULL when the text is the input. */
int emit_jsonl(buf *out, const emit_keys *keys, const whosaid_record *rec, json_t *doc_id, const emit_keep *keep,
               const offset_map *map);
/* Appends a JSON value (a document's id) to out as a record writes it: null for NULL. */
int emit_json_value(buf *out, json_t *v);
/* emit_jsonl with the document's id as emit_json_value wrote it (doc_len bytes): written once
 * for all of a document's records, not once a record. */
int emit_jsonl_doc(buf *out, const emit_keys *keys, const whosaid_record *rec, const char *doc, size_t doc_len,
                   const emit_keep *keep, const offset_map *map);
int emit_tsv(buf *out, const whosaid_record *rec, json_t *doc_id, const emit_keep *keep, const offset_map *map);
/* The TSV header line: the record fields, then the kept names. */
int emit_tsv_header(buf *out, const char *const *keep_names, size_t nkeep);

#endif
