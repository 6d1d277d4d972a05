/* emit.c: writing records. Every string goes through emit_valid_utf8, so any input bytes give
 * valid JSON. */
#include "emit.h"

#include "utf8.h"

static const char *const fields[] = {"doc", "quote", "start", "end", "byte_start", "byte_end", "type",
                                     "speaker", "role", "cue", "mention", "mention_start", "mention_end",
                                     "method", "sentence", "paragraph", "closed"};
#define NFIELDS (sizeof fields / sizeof *fields)

int emit_valid_utf8(buf *out, const char *s, size_t n) {
    out->len = 0;
    if (buf_reserve(out, n) != 0) return -1;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = utf8_next((const unsigned char *)s, n, i, &cp);
        if (cp < 0 ? buf_append(out, "\xEF\xBF\xBD", 3) : buf_append(out, s + i, k)) return -1;
        i += k;
    }
    if (!out->data && buf_append(out, "", 0) != 0) return -1;
    return 0;
}

static json_t *string_or_null(whosaid_slice s) {
    if (!s.ptr) return json_null();
    buf b = {0};
    json_t *j = emit_valid_utf8(&b, s.ptr, s.len) == 0 ? json_stringn(b.data, b.len) : NULL;
    buf_free(&b);
    return j;
}

static json_t *int_or_null(int present, size_t v) { return present ? json_integer((json_int_t)v) : json_null(); }

json_t *emit_record_json(const whosaid_record *rec, json_t *doc_id, json_t *keep) {
    json_t *o = json_object();
    if (!o) return NULL;
    int has_mention = rec->mention.ptr != NULL;
    json_t *values[NFIELDS] = {
        doc_id ? json_incref(doc_id) : json_null(),
        string_or_null(rec->quote),
        json_integer((json_int_t)rec->start),
        json_integer((json_int_t)rec->end),
        json_integer((json_int_t)rec->byte_start),
        json_integer((json_int_t)rec->byte_end),
        json_string(rec->type),
        string_or_null(rec->speaker),
        string_or_null(rec->role),
        string_or_null(rec->cue),
        string_or_null(rec->mention),
        int_or_null(has_mention, rec->mention_start),
        int_or_null(has_mention, rec->mention_end),
        rec->method ? json_string(rec->method) : json_null(),
        json_integer((json_int_t)rec->sentence),
        json_integer((json_int_t)rec->paragraph),
        json_boolean(rec->closed),
    };
    int bad = 0;
    for (size_t i = 0; i < NFIELDS; i++)
        if (!values[i] || json_object_set_new(o, fields[i], values[i]) != 0) bad = 1;
    if (keep) {
        const char *k;
        json_t *v;
        json_object_foreach(keep, k, v) if (json_object_set(o, k, v) != 0) bad = 1;
    }
    if (bad) {
        json_decref(o);
        return NULL;
    }
    return o;
}

int emit_jsonl(buf *out, const whosaid_record *rec, json_t *doc_id, json_t *keep) {
    json_t *o = emit_record_json(rec, doc_id, keep);
    if (!o) return -1;
    char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(o);
    if (!s) return -1;
    int rc = buf_append(out, s, strlen(s)) | buf_putc(out, '\n');
    free(s);
    return rc;
}

/* A TSV cell: \t \n \r and \\ escaped; null is empty; other JSON values compactly. */
static int tsv_cell(buf *out, json_t *v) {
    if (!v || json_is_null(v)) return 0;
    char *owned = NULL;
    const char *s;
    size_t n;
    if (json_is_string(v)) {
        s = json_string_value(v);
        n = json_string_length(v);
    } else {
        s = owned = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
        if (!s) return -1;
        n = strlen(s);
    }
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        switch (s[i]) {
        case '\t': rc = buf_append(out, "\\t", 2); break;
        case '\n': rc = buf_append(out, "\\n", 2); break;
        case '\r': rc = buf_append(out, "\\r", 2); break;
        case '\\': rc = buf_append(out, "\\\\", 2); break;
        case '\0': rc = buf_append(out, "\\0", 2); break;
        default: rc = buf_putc(out, s[i]);
        }
    }
    free(owned);
    return rc;
}

int emit_tsv_header(buf *out, const char *const *keep_names, size_t nkeep) {
    int rc = 0;
    for (size_t i = 0; i < NFIELDS; i++) rc |= buf_append(out, fields[i], strlen(fields[i])) | buf_putc(out, i + 1 < NFIELDS || nkeep ? '\t' : '\n');
    for (size_t i = 0; i < nkeep; i++) rc |= buf_append(out, keep_names[i], strlen(keep_names[i])) | buf_putc(out, i + 1 < nkeep ? '\t' : '\n');
    return rc;
}

int emit_tsv(buf *out, const whosaid_record *rec, json_t *doc_id, json_t *keep, const char *const *keep_names,
             size_t nkeep) {
    json_t *o = emit_record_json(rec, doc_id, NULL);
    if (!o) return -1;
    int rc = 0;
    for (size_t i = 0; i < NFIELDS; i++)
        rc |= tsv_cell(out, json_object_get(o, fields[i])) | buf_putc(out, i + 1 < NFIELDS || nkeep ? '\t' : '\n');
    for (size_t i = 0; i < nkeep; i++)
        rc |= tsv_cell(out, keep ? json_object_get(keep, keep_names[i]) : NULL) | buf_putc(out, i + 1 < nkeep ? '\t' : '\n');
    json_decref(o);
    return rc;
}
