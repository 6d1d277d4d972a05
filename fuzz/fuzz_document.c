/* fuzz_document.c: one document in (any bytes), records out, through the whole pipeline:
 * segment, quotes, cues, people, attribute, emit (JSON lines and TSV) and the trace view.
 * Built for libFuzzer with -Dfuzz=libfuzzer, for AFL++ or plain replay with
 * fuzz/standalone_main.c. */
#include <stdint.h>

#include "fuzz_check.h"
#include "whosaid_internal.h"

static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    whosaid *ws = fuzz_extractor();
    if (!devnull) {
        devnull = fopen("/dev/null", "w");
        FUZZ_ASSERT(devnull);
    }
    /* an exact-size copy so that a read past the end is caught even when the caller's buffer
     * is larger */
    char *text = malloc(size ? size : 1);
    FUZZ_ASSERT(text);
    if (size) memcpy(text, data, size);
    fuzz_doc c = {text, size, json_string("doc"), NULL, NULL, 0, {0}, {0}, 0, {0}};
    FUZZ_ASSERT(c.id);
    int rc = whosaid_process(ws, text, size, WHOSAID_ALL_TYPES, fuzz_on_record, &c);
    FUZZ_ASSERT(rc == WHOSAID_OK);
    fuzz_check_output(&c);
    FUZZ_ASSERT(whosaid_trace(ws, text, size, devnull) == 0);
    fuzz_doc_free(&c);
    json_decref(c.id);
    free(text);
    return 0;
}
