/* hints.h: notes on input that whosaid reads as it was asked to but that looks like something
 * else, each saying what it looks like and the command that reads it: a plain-text document
 * that is JSON lines, a JSON object or array, or CSV with a text column; a text that holds HTML
 * markup or character references. A note changes neither the output nor the exit status. */
#ifndef WHOSAID_HINTS_H
#define WHOSAID_HINTS_H

#include <stddef.h>

#include "tally.h"

typedef struct {
    const char *file;        /* as given ("-": standard input) */
    const char *compression; /* "gzip", "zstd", "xz", or NULL */
    const char *text_field;  /* --text-field */
    int html;                /* the document is read as HTML */
    int html_entities;       /* --html-entities */
} hint_context;

/* A note on a whole plain-text document, into out (no "FILE: " before it, no newline): its
 * kind, or MSG_NONE when there is nothing to say. */
enum message_kind hint_plain(const hint_context *c, const char *text, size_t len, char *out, size_t n);
/* A note on the text of a JSON-lines document: markup or character references. */
enum message_kind hint_text(const hint_context *c, const char *text, size_t len, char *out, size_t n);
/* What to say of a file given with -J whose first line opens a JSON array. */
void hint_json_array(const hint_context *c, char *out, size_t n);
/* Whether a JSON-lines line opens a JSON array ("[", "[{...", "[ {"), rather than being an
 * array of its own on one bad line ("[1, 2]"). */
int hint_opens_array(const char *line, size_t len);

#endif
