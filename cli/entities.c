/* entities.c: character references decoded by gumbo, one span at a time (see entities.h). */
#include "entities.h"

#include <gumbo.h>
#include <string.h>

static int reference_char(unsigned char c) {
    return (unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10 || c == '#';
}

/* What gumbo makes of span[0, n) as the text of a page's body, into out (NUL-terminated): its
 * length, or 0 when it gave nothing that fits. The span goes after an 'x', which is then taken
 * off: a page drops white space at its start, and a reference may decode to white space. */
static size_t gumbo_text_of(const char *span, size_t n, char *out, size_t cap) {
    char page[REFERENCE_MAX + 1] = "x";
    if (n > REFERENCE_MAX) return 0;
    memcpy(page + 1, span, n);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; /* keep no parse errors: whosaid does not read them */
    GumboOutput *g = gumbo_parse_with_options(&options, page, n + 1);
    size_t len = 0;
    const GumboVector *top = g && g->root ? &g->root->v.element.children : NULL;
    for (unsigned k = 0; top && k < top->length; k++) {
        const GumboNode *body = top->data[k];
        if (body->type != GUMBO_NODE_ELEMENT || body->v.element.tag != GUMBO_TAG_BODY) continue;
        const GumboVector *kids = &body->v.element.children;
        if (kids->length == 1 && ((const GumboNode *)kids->data[0])->type == GUMBO_NODE_TEXT) {
            const char *text = ((const GumboNode *)kids->data[0])->v.text.text + 1; /* past the 'x' */
            len = strlen(text);
            if (len + 1 > cap) len = 0;
            else memcpy(out, text, len + 1);
        }
    }
    if (g) gumbo_destroy_output(&options, g);
    return len;
}

/* The length of the UTF-8 sequence starting with byte c (1 for a stray byte). */
static size_t sequence_length(unsigned char c) { return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

/* From gumbo's text D of a span S, how much of S the reference took and what it decoded to:
 * after the reference, gumbo copies the rest of S as it stands, so D is the decoded reference
 * (one code point, or two for a few names such as &fjlig;) followed by a tail of S. */
static size_t align(const char *span, size_t n, const char *d, size_t dl, char *out, unsigned char *out_len) {
    if (dl == n && !memcmp(d, span, n)) return 0; /* nothing decoded: no reference */
    size_t p = 0;
    for (int cps = 1; cps <= 2 && p < dl; cps++) {
        p += sequence_length((unsigned char)d[p]);
        if (p > dl || p > 8) break;
        size_t tail = dl - p;
        if (tail <= n - 2 && !memcmp(d + p, span + n - tail, tail)) {
            memcpy(out, d, p);
            *out_len = (unsigned char)p;
            return n - tail;
        }
    }
    return 0;
}

size_t entities_append_one(entity_cache *cache, offset_map *m, size_t i, size_t b) {
    const char *raw = m->raw;
    size_t n = 1;
    while (i + n < b && n < REFERENCE_MAX - 1 && reference_char((unsigned char)raw[i + n])) n++;
    if (i + n < b && raw[i + n] == ';') n++;
    if (n < 2) return 0;
    unsigned h = 2166136261u; /* FNV-1a */
    for (size_t k = 0; k < n; k++) h = (h ^ (unsigned char)raw[i + k]) * 16777619u;
    reference_slot *slot = &cache->slot[h % REFERENCE_CACHE];
    if (slot->span_len != n || memcmp(slot->span, raw + i, n)) {
        char d[4 * REFERENCE_MAX];
        size_t dl = gumbo_text_of(raw + i, n, d, sizeof d);
        slot->span_len = (unsigned char)n;
        memcpy(slot->span, raw + i, n);
        slot->taken = (unsigned char)align(raw + i, n, d, dl, slot->out, &slot->out_len);
    }
    if (slot->taken) offset_map_replace(m, i, slot->taken, slot->out, slot->out_len);
    return slot->taken;
}

void entities_append(entity_cache *cache, offset_map *m, size_t a, size_t b) {
    while (a < b) {
        const char *amp = memchr(m->raw + a, '&', b - a);
        size_t run = amp ? (size_t)(amp - m->raw) - a : b - a;
        offset_map_copy(m, a, run);
        a += run;
        if (a >= b) break;
        size_t took = entities_append_one(cache, m, a, b);
        if (!took) offset_map_copy(m, a, took = 1);
        a += took;
    }
}
