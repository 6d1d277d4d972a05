/* offset_map.h: a text decoded from an input (HTML read as its text, character references
 * decoded), and where each of its bytes came from in the input as given. The pipeline runs on
 * the decoded text; the records' offsets are then mapped back, so that they slice the input as
 * given (html[start:end] is the raw span) while quote is the decoded text.
 *
 * The decoded text is built in pieces, in input order: a copy of input bytes (byte for byte), or
 * a replacement (some decoded bytes that stand for an input span as a whole: a character
 * reference, a run of white space, a paragraph break put in for a block element). */
#ifndef WHOSAID_OFFSET_MAP_H
#define WHOSAID_OFFSET_MAP_H

#include <stddef.h>

#include "buf.h"
#include "document.h"
#include "whosaid.h"

typedef struct {
    size_t dec, raw;      /* where the piece starts in the decoded text and in the input */
    size_t dec_len, raw_len;
    int copy;             /* byte for byte; else the piece maps as a whole */
} map_piece;

typedef struct {
    const char *raw;      /* the input as given (borrowed) */
    size_t raw_len;
    buf text;             /* the decoded text */
    VEC(map_piece) pieces;
    document raw_cp;      /* code-point offsets of the input */
    int failed;           /* out of memory while building */
} offset_map;

/* Starts a map of raw[0, len) (borrowed until the map is reset or freed), keeping the memory of
 * the last one. */
void offset_map_reset(offset_map *m, const char *raw, size_t len);
void offset_map_free(offset_map *m);

/* Appends raw[at, at + n) as it is. */
void offset_map_copy(offset_map *m, size_t at, size_t n);
/* Appends bytes[0, k) standing for raw[at, at + n) as a whole (n may be 0: text put in). */
void offset_map_replace(offset_map *m, size_t at, size_t n, const char *bytes, size_t k);
/* Ends the map: indexes the input's code points. 0, or -1 when memory ran out while building. */
int offset_map_finish(offset_map *m);

/* The input offset where the decoded byte d starts, and where the decoded text before d ends. */
size_t offset_map_raw_start(const offset_map *m, size_t d);
size_t offset_map_raw_end(const offset_map *m, size_t d);

/* A record's field i, with its offsets (start, end, byte_start, byte_end, mention_start,
 * mention_end) into the input as given rather than into the decoded text; every other field as
 * it is. */
whosaid_value offset_map_field(const offset_map *m, const whosaid_record *rec, size_t i);

#endif
