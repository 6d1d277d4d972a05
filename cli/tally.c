/* tally.c: counting the messages of a file by kind (see tally.h). */
#include "tally.h"

#include <stdio.h>
#include <string.h>

#include "thousands.h"

static const char *const what[MSG_KINDS] = {
    [MSG_NOT_JSON] = "not JSON",
    [MSG_NOT_OBJECT] = "not a JSON object",
    [MSG_NO_TEXT] = "no text field",
    [MSG_TEXT_NOT_STRING] = "a text field that is not a string",
    [MSG_LINE_TOO_LONG] = "longer than the document limit",
    [MSG_TEXT_TOO_LARGE] = "a text larger than --max-doc-bytes",
    [MSG_NOTE_MARKUP] = "HTML markup",
    [MSG_NOTE_REFERENCES] = "character references",
};

int tally_take(tally *t, enum message_kind k, size_t line) {
    if (k <= MSG_OTHER || k >= MSG_KINDS) return 1;
    int note = k == MSG_NOTE_MARKUP || k == MSG_NOTE_REFERENCES;
    if (t->array && !note) k = MSG_JSON_ARRAY; /* one more line of the array */
    if (k == MSG_JSON_ARRAY) t->array = 1;
    if (!t->kind[k].first) {
        t->kind[k].first = line;
        return 1;
    }
    t->kind[k].more++;
    t->kind[k].last = line;
    return 0;
}

int tally_end_file(tally *t, const char *file, buf *out) {
    int rc = 0;
    /* in the order of their first line, as the messages they follow up */
    for (;;) {
        int next = -1;
        for (int k = 0; k < MSG_KINDS; k++)
            if (t->kind[k].more && (next < 0 || t->kind[k].first < t->kind[next].first)) next = k;
        if (next < 0) break;
        char count[40], last[40], line[4600];
        thousands(t->kind[next].more, count, sizeof count);
        thousands(t->kind[next].last, last, sizeof last);
        int n = next == MSG_JSON_ARRAY
                    ? snprintf(line, sizeof line, "%s: … and %s more lines of the JSON array, skipped (the last: line %s)\n",
                               file, count, last)
                    : snprintf(line, sizeof line, "%s: … and %s more lines like line %zu (%s)%s, the last at line %s\n",
                               file, count, t->kind[next].first, what[next],
                               next >= MSG_NOTE_MARKUP ? "" : ", skipped", last);
        if (n > 0) rc |= buf_append(out, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
        t->kind[next].more = 0;
    }
    memset(t, 0, sizeof *t);
    return rc;
}
