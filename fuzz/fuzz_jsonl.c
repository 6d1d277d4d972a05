/* fuzz_jsonl.c: a JSON lines input (any bytes) read as the command line reads it: lines of any
 * length, a document limit, blank and broken lines skipped with a reason, kept fields; each
 * document then goes through the pipeline and out as records. */
#include <errno.h>
#include <stdint.h>

#include "fuzz_check.h"
#include "reader.h"

static whosaid_rules *rules;
static whosaid *ws;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!rules) {
        char err[512];
        rules = whosaid_rules_load(NULL, err, sizeof err);
        FUZZ_ASSERT(rules);
        ws = whosaid_new(rules);
        FUZZ_ASSERT(ws);
    }
    if (!size) return 0; /* fmemopen wants at least one byte */
    FILE *f = fmemopen((void *)data, size, "rb");
    FUZZ_ASSERT(f);
    static const char *const keep[] = {"date", "url"};
    /* a small limit so that the too-long paths are reached */
    jsonl_options jo = {"text", "id", keep, 2, 2048};
    line_reader lr = {.f = f, .name = "fuzz.jsonl"};
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
        fuzz_doc c = {doc.text, doc.len, doc.id, doc.keep, keep, 2, {0}, {0}, 0};
        FUZZ_ASSERT(whosaid_process(ws, doc.text, doc.len, WHOSAID_ALL_TYPES, fuzz_on_record, &c) == WHOSAID_OK);
        fuzz_check_output(&c);
        fuzz_doc_free(&c);
        jsonl_doc_free(&doc);
    }
    FUZZ_ASSERT(rc == 0);
    line_reader_free(&lr);
    fclose(f);
    return 0;
}
