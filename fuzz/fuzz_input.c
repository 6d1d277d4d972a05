/* fuzz_input.c: any bytes as an input file, read as the command line reads one: through the
 * byte source (gzip, zstd, xz or plain, by the first bytes; limits on what is decompressed),
 * as one document and as JSON lines; and each text as HTML and with character references
 * decoded, through the pipeline, out as records whose offsets are mapped back to the input.
 * It aborts when a promise breaks: a map whose pieces do not follow each other, a copied piece
 * that is not the input's bytes, a record's offsets outside the input or disagreeing with each
 * other, a record line that is not a JSON object; and where gumbo's own decoding of a text
 * differs from whosaid's reference by reference decoding of it. */
#include <gumbo.h>
#include <stdint.h>

#include "fuzz_check.h"
#include "html.h"
#include "reader.h"
#include "source.h"
#include "utf8.h"

/* Small limits, so that the too-large paths are reached (a bomb of a few bytes). */
enum { MAX_DOC = 1 << 16 };

static void check_map(const offset_map *m) {
    size_t dec = 0, raw = 0;
    for (size_t i = 0; i < m->pieces.len; i++) {
        const map_piece *p = &m->pieces.items[i];
        FUZZ_ASSERT(p->dec == dec && p->raw >= raw && p->raw + p->raw_len <= m->raw_len);
        if (p->copy) FUZZ_ASSERT(p->dec_len == p->raw_len && !memcmp(m->text.data + p->dec, m->raw + p->raw, p->raw_len));
        dec += p->dec_len;
        raw = p->raw + p->raw_len;
    }
    FUZZ_ASSERT(dec == m->text.len);
}

typedef struct {
    fuzz_doc doc; /* over the decoded text: the library's own promises */
    const offset_map *map;
    buf mapped;
} mapped_doc;

static int on_mapped_record(const whosaid_record *r, void *user) {
    mapped_doc *c = user;
    fuzz_on_record(r, &c->doc);
    int64_t v[6];
    static const char *const names[6] = {"start", "end", "byte_start", "byte_end", "mention_start", "mention_end"};
    for (int k = 0; k < 6; k++) {
        whosaid_value x = offset_map_field(c->map, r, (size_t)whosaid_field_index(names[k]));
        v[k] = x.kind == WHOSAID_INT ? x.num : -1;
    }
    /* bytes in the input, in order; code points of the same places */
    FUZZ_ASSERT(0 <= v[2] && v[2] <= v[3] && (size_t)v[3] <= c->map->raw_len);
    FUZZ_ASSERT((size_t)v[0] == document_cp(&c->map->raw_cp, (size_t)v[2]));
    FUZZ_ASSERT((size_t)v[1] == document_cp(&c->map->raw_cp, (size_t)v[3]));
    if (v[4] >= 0) FUZZ_ASSERT(v[4] <= v[5]);
    emit_keep keep = {NULL, 0, NULL};
    FUZZ_ASSERT(emit_jsonl(&c->mapped, &c->doc.keys, r, c->doc.id, &keep, c->map) == 0); /* made by fuzz_on_record */
    return 0;
}

static void run_mapped(const offset_map *m) {
    check_map(m);
    mapped_doc c = {{m->text.data, m->text.len, json_string("doc"), NULL, NULL, 0, {0}, {0}, 0, {0}}, m, {0}};
    FUZZ_ASSERT(c.doc.id);
    FUZZ_ASSERT(whosaid_process(fuzz_extractor(), m->text.data, m->text.len, WHOSAID_ALL_TYPES, on_mapped_record, &c) ==
                WHOSAID_OK);
    fuzz_check_output(&c.doc);
    fuzz_doc copy = c.doc; /* the mapped lines are JSON objects too, one a record */
    copy.out = c.mapped;
    fuzz_check_output(&copy);
    fuzz_doc_free(&c.doc);
    buf_free(&c.mapped);
    json_decref(c.doc.id);
}

/* Character references as whosaid decodes them, one span at a time, against gumbo's decoding of
 * the whole text: where the text is one text node to gumbo (no '<', valid UTF-8, no CR or NUL,
 * no leading white space, which a page drops), the two must be the same but for the characters
 * gumbo writes as U+FFFD in any text. */
static void compare_references(const char *text, size_t len, entity_cache *cache, offset_map *m) {
    if (!len || len > 4096 || memchr(text, '<', len) || memchr(text, '\r', len) || memchr(text, '\0', len) ||
        whosaid_valid_utf8(text, len, NULL) != len || strchr(" \t\n\f", text[0]))
        return;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    GumboOutput *g = gumbo_parse_with_options(&options, text, len);
    const GumboVector *top = &g->root->v.element.children;
    const GumboNode *body = top->length == 2 ? top->data[1] : NULL;
    if (body && body->v.element.children.length == 1 &&
        ((const GumboNode *)body->v.element.children.data[0])->type == GUMBO_NODE_TEXT) {
        const char *theirs = ((const GumboNode *)body->v.element.children.data[0])->v.text.text;
        offset_map_reset(m, text, len);
        entities_append(cache, m, 0, len);
        if (getenv("FUZZ_DEBUG") && !html_same_text(m->text.data, m->text.len, theirs))
            fprintf(stderr, "text   [%.*s]\nwhosaid [%.*s]\ngumbo  [%s]\n", (int)len, text, (int)m->text.len, m->text.data,
                    theirs);
        FUZZ_ASSERT(!m->failed && html_same_text(m->text.data, m->text.len, theirs));
    }
    gumbo_destroy_output(&options, g);
}

static void as_text(const char *text, size_t len) {
    static entity_cache cache;
    static offset_map m;
    const char *why;
    offset_map_reset(&m, text, len);
    int rc = html_read(&cache, &m, &why);
    FUZZ_ASSERT(rc == HTML_OK || (rc == HTML_TOO_COSTLY && why));
    if (rc == HTML_OK) run_mapped(&m);
    offset_map_reset(&m, text, len);
    entities_append(&cache, &m, 0, len);
    FUZZ_ASSERT(offset_map_finish(&m) == 0);
    run_mapped(&m);
    compare_references(text, len, &cache, &m);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!size) return 0; /* fmemopen wants at least one byte */
    /* an exact-size copy so that a read past the end is caught */
    char *raw = malloc(size);
    FUZZ_ASSERT(raw);
    memcpy(raw, data, size);
    as_text(raw, size);

    /* one document, decompressed no further than the limit */
    FILE *f = fmemopen(raw, size, "rb");
    FUZZ_ASSERT(f);
    source src;
    source_init(&src, f, "fuzz");
    buf text = {0};
    int rc = read_all(&src, &text, MAX_DOC);
    FUZZ_ASSERT(rc == 0 || rc == -2 || (rc == -1 && src.error[0]));
    FUZZ_ASSERT(text.len <= MAX_DOC);
    if (rc == 0 && source_compression(&src)) as_text(text.data, text.len);
    buf_free(&text);
    source_free(&src);
    fclose(f);

    /* JSON lines, each text as the command line takes it */
    f = fmemopen(raw, size, "rb");
    FUZZ_ASSERT(f);
    source_init(&src, f, "fuzz.jsonl");
    line_reader lr = {.src = &src, .name = "fuzz.jsonl"};
    jsonl_options jo = {"text", "id", NULL, 0, 2048};
    jsonl_doc doc;
    char err[1024];
    size_t last = 0;
    while ((rc = jsonl_next(&lr, &jo, &doc, err, sizeof err)) > 0) {
        FUZZ_ASSERT(lr.line > last);
        last = lr.line;
        if (rc == 1) {
            as_text(doc.text, doc.len);
            jsonl_doc_free(&doc);
        }
    }
    FUZZ_ASSERT(rc == 0 || (rc < 0 && src.error[0]));
    line_reader_free(&lr);
    source_free(&src);
    fclose(f);
    free(raw);
    return 0;
}
