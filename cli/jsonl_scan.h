/* jsonl_scan.h: a fast path for reading one JSON line: it checks the line's syntax and finds
 * the top-level fields whisaid needs without building a tree, and decodes only the text. It
 * gives up (JSONL_SCAN_DEFER) on anything where jansson might judge differently — invalid UTF-8,
 * deep nesting, big numbers, lone surrogates — and then jansson reads the line. */
#ifndef WHOSAID_JSONL_SCAN_H
#define WHOSAID_JSONL_SCAN_H

#include <stddef.h>

#include "buf.h"

enum { JSONL_SCAN_OK = 0, JSONL_SCAN_DEFER = 1, JSONL_SCAN_ENOMEM = -1 };

/* Where a top-level field's value stands in the line; len 0 when the field is absent. */
typedef struct {
    const char *name; /* the field looked for */
    size_t name_len;  /* set by jsonl_scan */
    size_t start, len; /* the raw JSON value, e.g. "\"abc\"" or "42" */
    int is_string;
} jsonl_field;

/* Scans line[0, len) as one JSON object; fills fields[i] for each wanted name (the last
 * occurrence wins, as in jansson). When fields[0] is a string, its decoded bytes go into text
 * (decoded as it is checked, so the text is read once).
 * Returns JSONL_SCAN_OK, JSONL_SCAN_DEFER (let jansson read the line, also for every error)
 * or JSONL_SCAN_ENOMEM. */
int jsonl_scan(const char *line, size_t len, jsonl_field *fields, size_t nfields, buf *text);

#endif
