/* tally.h: a message that many lines of one file would repeat (a big file with no "text" field
 * would fill the terminal) is written for its first line only; the others are counted and
 * summed up at the end of the file: "FILE: … and 4,211 more lines like line 2 (not JSON)". */
#ifndef WHOSAID_TALLY_H
#define WHOSAID_TALLY_H

#include <stddef.h>

#include "buf.h"

/* What a message about one line says, in kind. */
enum message_kind {
    MSG_NONE = 0,       /* no message */
    MSG_OTHER,          /* written every time */
    MSG_NOT_JSON,
    MSG_NOT_OBJECT,
    MSG_NO_TEXT,
    MSG_TEXT_NOT_STRING,
    MSG_LINE_TOO_LONG,
    MSG_TEXT_TOO_LARGE,
    MSG_JSON_ARRAY,     /* the file is a JSON array: its other bad lines are counted with it */
    MSG_NOTE_MARKUP,    /* a note: the text holds HTML markup */
    MSG_NOTE_REFERENCES, /* a note: the text holds character references */
    MSG_KINDS
};

typedef struct {
    struct {
        size_t first, more, last; /* line numbers, and how many more than the first */
    } kind[MSG_KINDS];
    int array;
} tally;

/* 1 when a message of kind k about line `line` is to be written (the first of its kind in the
 * file, or of kind MSG_OTHER); else 0, and it is counted. */
int tally_take(tally *t, enum message_kind k, size_t line);
/* Appends to out a line for each kind with more lines than the first, and starts afresh for
 * the next file. */
int tally_end_file(tally *t, const char *file, buf *out);

#endif
