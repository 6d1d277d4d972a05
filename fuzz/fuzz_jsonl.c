/* fuzz_jsonl.c: a JSON lines input (any bytes) read as the command line reads it: lines of any
 * length, a document limit, blank and broken lines skipped with a reason, kept fields; each
 * document then goes through the pipeline and out as records. */
#include <errno.h>
#include <stdint.h>

#include "fuzz_check.h"
#include "reader.h"

/* The fast JSON path and jansson alone agree on a line: both take it or both refuse it, with
 * the same text, id and kept field. */
static void check_same_as_jansson(const char *line, size_t len) {
    static const char *const keep[] = {"url"};
    jsonl_doc doc;
    char err[256];
    int ok = jsonl_parse(line, len, "text", "id", keep, 1, "f", 1, &doc, err, sizeof err) == 0;
    json_error_t je;
    json_t *o = json_loadb(line, len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &je);
    json_t *text = o && json_is_object(o) ? json_object_get(o, "text") : NULL;
    int want = text && json_is_string(text);
    FUZZ_ASSERT(ok == want);
    if (ok) {
        FUZZ_ASSERT(doc.len == json_string_length(text) && !memcmp(doc.text, json_string_value(text), doc.len));
        json_t *id = json_object_get(o, "id");
        if (id) FUZZ_ASSERT(json_equal(doc.id, id));
        json_t *url = json_object_get(o, "url");
        FUZZ_ASSERT(json_equal(json_object_get(doc.keep, "url"), url ? url : json_null()));
        jsonl_doc_free(&doc);
    }
    json_decref(o);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!size) return 0; /* fmemopen wants at least one byte */
    for (size_t a = 0; a < size;) {
        const char *nl = memchr(data + a, '\n', size - a);
        size_t e = nl ? (size_t)(nl - (const char *)data) : size;
        check_same_as_jansson((const char *)data + a, e - a);
        a = e + 1;
    }
    FILE *f = fmemopen((void *)data, size, "rb");
    FUZZ_ASSERT(f);
    static const char *const keep[] = {"date", "url"};
    /* a small limit so that the too-long paths are reached */
    jsonl_options jo = {"text", "id", keep, 2, 2048};
    source src;
    source_init(&src, f, "fuzz.jsonl");
    line_reader lr = {.src = &src, .name = "fuzz.jsonl"};
    jsonl_doc doc;
    char err[512];
    int rc;
    size_t last_line = 0;
    while ((rc = jsonl_next(&lr, &jo, &doc, err, sizeof err)) > 0) {
        FUZZ_ASSERT(lr.line > last_line); /* progress: every call consumes a line */
        last_line = lr.line;
        if (rc == 2) {
            FUZZ_ASSERT(err[0]);
            continue;
        }
        FUZZ_ASSERT(doc.len <= jo.max_doc_bytes && doc.id && doc.keep);
        fuzz_doc c = {doc.text, doc.len, doc.id, doc.keep, keep, 2, {0}, {0}, 0, {0}};
        FUZZ_ASSERT(whosaid_process(fuzz_extractor(), doc.text, doc.len, WHOSAID_ALL_TYPES, fuzz_on_record, &c) == WHOSAID_OK);
        fuzz_check_output(&c);
        fuzz_doc_free(&c);
        jsonl_doc_free(&doc);
    }
    /* a read error only where the input says it is compressed, and is damaged: with its reason */
    FUZZ_ASSERT(rc == 0 || (rc < 0 && src.error[0]));
    line_reader_free(&lr);
    source_free(&src);
    fclose(f);
    return 0;
}
