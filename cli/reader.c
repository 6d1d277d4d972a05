/* reader.c: reading inputs incrementally: whole files for plain text, one line at a time for
 * JSON lines, so a pipe is processed as it arrives. */
#include "reader.h"

#include <stdlib.h>
#include <string.h>

#include "jsonl_scan.h"
#include "shell.h"

int read_all(source *src, buf *out, size_t max) {
    out->len = 0;
    char chunk[65536];
    long n;
    while ((n = source_read(src, chunk, sizeof chunk)) > 0) {
        if (out->len + (size_t)n > max) return -2;
        if (buf_append(out, chunk, (size_t)n) != 0) {
            snprintf(src->error, sizeof src->error, "out of memory");
            return -1;
        }
    }
    if (n < 0) return -1;
    if (!out->data && buf_append(out, "", 0) != 0) {
        snprintf(src->error, sizeof src->error, "out of memory");
        return -1;
    }
    return 0;
}

enum { READ_BLOCK = 1 << 16 };

/* Refills lr->in from the source: 1 with data, 0 at the end, -1 on an error. */
static int refill(line_reader *lr) {
    if (!lr->in && !(lr->in = malloc(READ_BLOCK))) {
        snprintf(lr->src->error, sizeof lr->src->error, "out of memory");
        return -1;
    }
    lr->in_pos = lr->in_len = 0;
    lr->next_end = NULL;
    long n = source_read(lr->src, lr->in, READ_BLOCK);
    if (n < 0) return -1;
    lr->in_len = (size_t)n;
    return n > 0;
}

/* Appends in[0, n) to the line, up to max bytes; beyond, the line is marked too long. */
static int take(line_reader *lr, const char *in, size_t n, size_t max) {
    if (lr->too_long || lr->len + n > max) {
        lr->too_long = 1;
        return 0;
    }
    if (lr->len + n + 1 > lr->cap) {
        size_t cap = lr->cap ? lr->cap : 4096;
        while (cap < lr->len + n + 1) cap *= 2;
        char *p = realloc(lr->joined, cap);
        if (!p) {
            snprintf(lr->src->error, sizeof lr->src->error, "out of memory");
            return -1;
        }
        lr->joined = p;
        lr->cap = cap;
    }
    memcpy(lr->joined + lr->len, in, n);
    lr->len += n;
    lr->data = lr->joined;
    return 0;
}

int line_reader_next(line_reader *lr, size_t max) {
    lr->len = 0;
    lr->too_long = 0;
    int any = 0; /* bytes of this line seen, or its line end */
    for (;;) {
        if (lr->in_pos >= lr->in_len) {
            int rc = refill(lr);
            if (rc < 0) return -1;
            if (rc == 0) break;
        }
        char *start = lr->in + lr->in_pos;
        size_t avail = lr->in_len - lr->in_pos;
        const char *nl = lr->next_end ? lr->next_end : memchr(start, '\n', avail);
        lr->next_end = NULL;
        size_t n = nl ? (size_t)(nl - start) : avail;
        if (nl && !any && n <= max) {
            lr->data = start; /* the whole line is in the block: no copy */
            lr->len = n;
        } else if (take(lr, start, n, max) != 0) {
            return -1;
        }
        lr->in_pos += n + (nl != NULL);
        any = 1;
        if (nl) break;
    }
    if (!any) return 0;
    lr->line++;
    if (lr->len && lr->data[lr->len - 1] == '\r') lr->len--;
    return 1;
}

int line_reader_may_wait(line_reader *lr) {
    if (lr->in_pos < lr->in_len && (lr->next_end = memchr(lr->in + lr->in_pos, '\n', lr->in_len - lr->in_pos)))
        return 0;
    return source_may_wait(lr->src);
}

void line_reader_free(line_reader *lr) {
    free(lr->joined);
    free(lr->in);
    lr->data = lr->joined = lr->in = NULL;
    lr->next_end = NULL;
    lr->cap = lr->len = lr->in_pos = lr->in_len = 0;
}

/* A raw JSON value from the line, as a new json_t (NULL when jansson will not have it). */
static json_t *value_of(const char *line, const jsonl_field *f) {
    /* most ids: a string without an escape, which jsonl_scan has checked (UTF-8, no control
     * character) and which is then its bytes between the quotation marks: no parser needed */
    if (f->is_string && f->len >= 2 && !memchr(line + f->start + 1, '\\', f->len - 2))
        return json_stringn_nocheck(line + f->start + 1, f->len - 2);
    json_error_t je;
    return json_loadb(line + f->start, f->len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
}

/* The id of a line without one: "FILE:LINE". */
static json_t *line_id(const char *file, size_t lineno) {
    char name[4200];
    snprintf(name, sizeof name, "%s:%zu", file, lineno);
    return json_string(name);
}

/* The reason for a line without its text field: the string fields it has instead, and the one
 * to try (the longest: an article's body rather than its title or date). */
static void no_text_field(const json_t *obj, const char *text_field, char *err, size_t errlen) {
    size_t used = (size_t)snprintf(err, errlen, "no \"%s\" field", text_field);
    const char *key, *best = NULL;
    size_t best_len = 0, n = 0;
    json_t *v;
    json_object_foreach((json_t *)obj, key, v) {
        if (!json_is_string(v)) continue;
        if (used < errlen)
            used += (size_t)snprintf(err + used, errlen - used, "%s\"%.40s%s\"", n++ ? ", " : "; its string fields: ", key,
                                     strlen(key) > 40 ? "…" : "");
        if (json_string_length(v) > best_len || !best) {
            best = key;
            best_len = json_string_length(v);
        }
    }
    if (!best && used < errlen) snprintf(err + used, errlen - used, "; it has no string field");
    else if (best && used < errlen && strlen(best) <= 200 && !strchr(best, '\n')) {
        char word[420];
        shell_word(best, word, sizeof word);
        snprintf(err + used, errlen - used, " (try --text-field %s)", word);
    }
}

/* The fast path: 0 done, 1 let jansson read the line, -1 out of memory. */
static int parse_scanned(const char *line, size_t len, const char *text_field, const char *id_field,
                         const char *const *keep, size_t nkeep, const char *file, size_t lineno, jsonl_doc *doc,
                         char *err, size_t errlen) {
    enum { MAX_SCANNED_KEEP = 16 };
    if (nkeep > MAX_SCANNED_KEEP) return 1;
    jsonl_field f[2 + MAX_SCANNED_KEEP];
    f[0].name = text_field;
    f[1].name = id_field;
    for (size_t i = 0; i < nkeep; i++) f[2 + i].name = keep[i];
    buf text = {0};
    int rc = jsonl_scan(line, len, f, 2 + nkeep, &text);
    if (rc != JSONL_SCAN_OK) {
        buf_free(&text);
        return rc == JSONL_SCAN_DEFER ? 1 : -1;
    }
    if (!f[0].len) {
        buf_free(&text);
        return 1; /* jansson lists the fields the line has */
    }
    if (!f[0].is_string) {
        buf_free(&text);
        snprintf(err, errlen, "the \"%s\" field is not a string", text_field);
        return 2;
    }
    doc->owned_text = text.data;
    doc->text = text.data;
    doc->len = text.len;
    doc->utf8_checked = 1; /* (scan_string defers a byte that is not UTF-8 to jansson) */
    doc->id = f[1].len ? value_of(line, &f[1]) : line_id(file, lineno);
    if (nkeep) {
        doc->keep = json_object();
        for (size_t i = 0; doc->keep && i < nkeep; i++) {
            json_t *v = f[2 + i].len ? value_of(line, &f[2 + i]) : json_null();
            if (!v || json_object_set_new(doc->keep, keep[i], v) != 0) {
                jsonl_doc_free(doc);
                return 1;
            }
        }
    }
    if (!doc->id || (nkeep && !doc->keep)) {
        jsonl_doc_free(doc);
        return 1; /* jansson will say what is wrong, or run out of memory itself */
    }
    return 0;
}

int jsonl_parse(const char *line, size_t len, const char *text_field, const char *id_field,
                const char *const *keep, size_t nkeep, const char *file, size_t lineno, jsonl_doc *doc,
                char *err, size_t errlen) {
    memset(doc, 0, sizeof *doc);
    int fast = parse_scanned(line, len, text_field, id_field, keep, nkeep, file, lineno, doc, err, errlen);
    if (fast == 0) return 0;
    if (fast == 2) return JSONL_TEXT_NOT_STRING;
    if (fast < 0) {
        snprintf(err, errlen, "out of memory");
        return JSONL_NO_MEMORY;
    }
    memset(doc, 0, sizeof *doc);
    json_error_t je;
    json_t *obj = json_loadb(line, len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &je);
    if (!obj) {
        snprintf(err, errlen, "not JSON: %s (column %d)", je.text, je.column);
        return JSONL_NOT_JSON;
    }
    if (!json_is_object(obj)) {
        snprintf(err, errlen, "not a JSON object");
        json_decref(obj);
        return JSONL_NOT_OBJECT;
    }
    json_t *text = json_object_get(obj, text_field);
    if (!text) {
        no_text_field(obj, text_field, err, errlen);
        json_decref(obj);
        return JSONL_NO_TEXT;
    }
    if (!json_is_string(text)) {
        snprintf(err, errlen, "the \"%s\" field is not a string", text_field);
        json_decref(obj);
        return JSONL_TEXT_NOT_STRING;
    }
    doc->obj = obj;
    doc->text = json_string_value(text);
    doc->len = json_string_length(text);
    json_t *id = json_object_get(obj, id_field);
    doc->id = id ? json_incref(id) : line_id(file, lineno);
    if (nkeep) {
        doc->keep = json_object();
        for (size_t i = 0; i < nkeep; i++) {
            json_t *v = json_object_get(obj, keep[i]);
            json_object_set(doc->keep, keep[i], v ? v : json_null());
        }
    }
    if (!doc->id || (nkeep && !doc->keep)) {
        snprintf(err, errlen, "out of memory");
        jsonl_doc_free(doc);
        return JSONL_NO_MEMORY;
    }
    return 0;
}

void jsonl_doc_free(jsonl_doc *doc) {
    free(doc->owned_text);
    json_decref(doc->keep);
    json_decref(doc->id);
    json_decref(doc->obj);
    memset(doc, 0, sizeof *doc);
}

size_t jsonl_max_line(size_t max) { return max > ((size_t)-1 - 4096) / 6 ? (size_t)-1 : max * 6 + 4096; }

int jsonl_line_start(const line_reader *lr, size_t *from) {
    size_t i = 0;
    if (lr->line == 1 && lr->len >= 3 && !memcmp(lr->data, "\xEF\xBB\xBF", 3)) i = 3; /* a byte-order mark */
    *from = i;
    while (i < lr->len && (lr->data[i] == ' ' || lr->data[i] == '\t')) i++;
    return i < lr->len;
}

int jsonl_next(line_reader *lr, const jsonl_options *opt, jsonl_doc *doc, char *err, size_t errlen) {
    size_t max = opt->max_doc_bytes, i;
    int rc;
    while ((rc = line_reader_next(lr, jsonl_max_line(max))) == 1) {
        if (lr->too_long) {
            snprintf(err, errlen, "line longer than the document limit");
            return 2;
        }
        if (!jsonl_line_start(lr, &i)) continue; /* a blank line holds no document */
        if (jsonl_parse(lr->data + i, lr->len - i, opt->text_field, opt->id_field, opt->keep, opt->nkeep, lr->name,
                        lr->line, doc, err, errlen) != 0)
            return 2;
        if (doc->len > max) {
            snprintf(err, errlen, "text larger than --max-doc-bytes (%zu)", max);
            jsonl_doc_free(doc);
            return 2;
        }
        return 1;
    }
    return rc;
}
