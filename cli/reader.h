/* reader.h: input documents from plain-text files and JSON lines, with errors that name the
 * file and line. */
#ifndef WHOSAID_READER_H
#define WHOSAID_READER_H

#include <jansson.h>
#include <stdio.h>

#include "buf.h"
#include "source.h"

/* Reads all of src into out. Returns 0, -1 on a read error (the reason in src->error), or -2
 * when the input is larger than max bytes (the rest is left unread: a compressed input is
 * decompressed no further than max). */
int read_all(source *src, buf *out, size_t max);

typedef struct {
    source *src;
    const char *name;
    size_t line;     /* number of the line last read, from 1 */
    char *data;      /* that line, without its line end: in `in` when it lies there whole,
                        else in `joined`; valid until the next call */
    size_t len;
    char *joined;    /* a line read over several blocks, put together */
    size_t cap;
    int too_long;    /* the line was over the limit and has been skipped */
    /* what the source gave and the line has not yet taken */
    char *in;
    size_t in_pos, in_len;
    /* the end of the line at in_pos, where line_reader_may_wait found it (NULL: not sought),
     * for line_reader_next not to seek it again */
    const char *next_end;
} line_reader;

/* Reads the next line (of any length up to max bytes); 1 when there is one, 0 at the end,
 * -1 on a read error (the reason in lr->src->error). It reads the source a block at a time as
 * it comes (a pipe is read as it arrives), so nothing else may read it. Initialise with
 * (line_reader){.src = src, .name = name}. */
int line_reader_next(line_reader *lr, size_t max);
/* Whether line_reader_next may have to wait for the input: the next line is not read in whole
 * yet and the source has nothing ready (a pipe whose writer is slow; never a file). */
int line_reader_may_wait(line_reader *lr);
void line_reader_free(line_reader *lr);

/* A parsed JSON-lines document: text borrowed from obj, or owned (the fast path builds no obj). */
typedef struct {
    json_t *obj;
    char *owned_text;
    json_t *id; /* borrowed from obj, or a new string "FILE:LINE" when the line has no id */
    const char *text;
    size_t len;
    json_t *keep; /* new object of the kept fields, or NULL */
    /* 1 where the text is known to be valid UTF-8: the fast path checks every character as it
     * decodes the field (whosaid_process_checked need not check it again) */
    int utf8_checked;
} jsonl_doc;

/* Why jsonl_parse refused a line; err says it in words (for a missing text field, with the
 * string fields the line has and the --text-field to try). */
enum jsonl_error {
    JSONL_NOT_JSON = -1,
    JSONL_NOT_OBJECT = -2,
    JSONL_NO_TEXT = -3,
    JSONL_TEXT_NOT_STRING = -4,
    JSONL_NO_MEMORY = -5,
};

/* Parses one line: 0, or an enum jsonl_error with the reason written into err. */
int jsonl_parse(const char *line, size_t len, const char *text_field, const char *id_field,
                const char *const *keep, size_t nkeep, const char *file, size_t lineno, jsonl_doc *doc,
                char *err, size_t errlen);
void jsonl_doc_free(jsonl_doc *doc);

/* The longest JSON line read for a text limit of max_doc_bytes: escaped, a byte of text can
 * take 6 bytes of line. */
size_t jsonl_max_line(size_t max_doc_bytes);
/* Where the JSON of the line just read starts (past a byte-order mark on line 1); 0 when the
 * line is blank and holds no document, else 1. */
int jsonl_line_start(const line_reader *lr, size_t *from);

/* How jsonl_next reads documents. */
typedef struct {
    const char *text_field, *id_field;
    const char *const *keep;
    size_t nkeep;
    size_t max_doc_bytes; /* a text longer than this is skipped with a message */
} jsonl_options;

/* Reads JSON lines from lr up to the next document, skipping blank lines. Returns 1 with a
 * document in doc (free it with jsonl_doc_free), 2 when the line at lr->line is skipped (the
 * reason in err: not JSON, no text field, too long...), 0 at the end of the input, -1 on a
 * read error (the reason in lr->src->error). */
int jsonl_next(line_reader *lr, const jsonl_options *opt, jsonl_doc *doc, char *err, size_t errlen);

#endif
