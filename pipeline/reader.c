/* reader.c: reading inputs incrementally: whole files for plain text, one line at a time for
 * JSON lines, so a pipe is processed as it arrives. */
#include "reader.h"

#include <errno.h>
#include <string.h>

int read_all(FILE *f, buf *out, size_t max) {
    out->len = 0;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (out->len + n > max) return -2;
        if (buf_append(out, chunk, n) != 0) {
            errno = ENOMEM;
            return -1;
        }
    }
    if (!out->data && buf_append(out, "", 0) != 0) return -1;
    return ferror(f) ? -1 : 0;
}

int line_reader_next(line_reader *lr, size_t max) {
    lr->len = 0;
    lr->too_long = 0;
    int c = EOF;
    for (;;) {
        c = getc_unlocked(lr->f);
        if (c == EOF || c == '\n') break;
        if (lr->len >= max) {
            lr->too_long = 1;
            continue; /* drain the rest of the line */
        }
        if (lr->len + 1 >= lr->cap) {
            size_t cap = lr->cap ? lr->cap * 2 : 4096;
            char *p = realloc(lr->data, cap);
            if (!p) {
                errno = ENOMEM;
                return -1;
            }
            lr->data = p;
            lr->cap = cap;
        }
        lr->data[lr->len++] = (char)c;
    }
    if (ferror(lr->f)) return -1;
    if (c == EOF && lr->len == 0 && !lr->too_long) return 0;
    lr->line++;
    if (lr->len && lr->data[lr->len - 1] == '\r') lr->len--;
    return 1;
}

void line_reader_free(line_reader *lr) {
    free(lr->data);
    lr->data = NULL;
    lr->cap = lr->len = 0;
}

int jsonl_parse(const char *line, size_t len, const char *text_field, const char *id_field,
                const char *const *keep, size_t nkeep, const char *file, size_t lineno, jsonl_doc *doc,
                char *err, size_t errlen) {
    memset(doc, 0, sizeof *doc);
    json_error_t je;
    json_t *obj = json_loadb(line, len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &je);
    if (!obj) {
        snprintf(err, errlen, "not JSON: %s (column %d)", je.text, je.column);
        return -1;
    }
    if (!json_is_object(obj)) {
        snprintf(err, errlen, "not a JSON object");
        json_decref(obj);
        return -1;
    }
    json_t *text = json_object_get(obj, text_field);
    if (!text) {
        snprintf(err, errlen, "no \"%s\" field", text_field);
        json_decref(obj);
        return -1;
    }
    if (!json_is_string(text)) {
        snprintf(err, errlen, "the \"%s\" field is not a string", text_field);
        json_decref(obj);
        return -1;
    }
    doc->obj = obj;
    doc->text = json_string_value(text);
    doc->len = json_string_length(text);
    json_t *id = json_object_get(obj, id_field);
    if (id) {
        doc->id = json_incref(id);
    } else {
        char name[4200];
        snprintf(name, sizeof name, "%s:%zu", file, lineno);
        doc->id = json_string(name);
    }
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
        return -1;
    }
    return 0;
}

void jsonl_doc_free(jsonl_doc *doc) {
    json_decref(doc->keep);
    json_decref(doc->id);
    json_decref(doc->obj);
    memset(doc, 0, sizeof *doc);
}

int jsonl_next(line_reader *lr, const jsonl_options *opt, jsonl_doc *doc, char *err, size_t errlen) {
    /* a JSON line holds its text escaped, which can take up to 6 bytes for one */
    size_t max = opt->max_doc_bytes;
    size_t max_line = max > ((size_t)-1 - 4096) / 6 ? (size_t)-1 : max * 6 + 4096;
    int rc;
    while ((rc = line_reader_next(lr, max_line)) == 1) {
        if (lr->too_long) {
            snprintf(err, errlen, "line longer than the document limit");
            return 2;
        }
        size_t i = 0;
        if (lr->line == 1 && lr->len >= 3 && !memcmp(lr->data, "\xEF\xBB\xBF", 3)) i = 3; /* a byte-order mark */
        while (i < lr->len && (lr->data[i] == ' ' || lr->data[i] == '\t')) i++;
        if (i == lr->len) continue; /* a blank line holds no document */
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
