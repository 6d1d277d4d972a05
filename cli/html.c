/* html.c: walking gumbo's tree in document order and writing the text of its text nodes, each
 * from its span in the input (gumbo's original_text), so that every decoded byte knows where it
 * came from (see html.h). */
#include "html.h"

#include <gumbo.h>
#include <stdint.h>

#include "html_guard.h"

/* Elements left out with all they hold: not text a reader of the page reads as the article. */
static const GumboTag left_out_tags[] = {
    GUMBO_TAG_HEAD, GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NAV,
    GUMBO_TAG_TITLE, GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_SVG, GUMBO_TAG_MATH,
    GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_BUTTON, GUMBO_TAG_AUDIO, GUMBO_TAG_VIDEO, GUMBO_TAG_CANVAS,
    GUMBO_TAG_MAP, GUMBO_TAG_LAST,
};

/* Elements that stand apart as a block: a paragraph break before and after. */
static const GumboTag block_tags[] = {
    GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY, GUMBO_TAG_CAPTION,
    GUMBO_TAG_CENTER, GUMBO_TAG_DD, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT,
    GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM, GUMBO_TAG_H1,
    GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP,
    GUMBO_TAG_HR, GUMBO_TAG_LEGEND, GUMBO_TAG_LI, GUMBO_TAG_MAIN, GUMBO_TAG_MENU, GUMBO_TAG_OL, GUMBO_TAG_P,
    GUMBO_TAG_PRE, GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY, GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_TD,
    GUMBO_TAG_TFOOT, GUMBO_TAG_TH, GUMBO_TAG_THEAD, GUMBO_TAG_TR, GUMBO_TAG_UL, GUMBO_TAG_LAST,
};

/* Whether t is in a list that ends with GUMBO_TAG_LAST. */
static int tag_in(GumboTag t, const GumboTag *list) {
    for (; *list != GUMBO_TAG_LAST; list++)
        if (*list == t) return 1;
    return 0;
}

typedef struct {
    entity_cache *cache;
    offset_map *m;
    int brk;             /* a break asked for before the next text: 0, 1 (a line), 2 (a paragraph) */
    size_t space_at, space_len; /* white space seen before the next text (space_len 0: none) */
    size_t raw_end;      /* where the last text written ends in the input */
    int written;         /* some text was written */
    int pre;             /* inside <pre>: white space kept */
} walk;

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

static void ask_break(walk *w, int kind) {
    if (kind > w->brk) w->brk = kind;
}

/* Before text at input offset `at`: the break or the space that goes before it. */
static void before_text(walk *w, size_t at) {
    if (w->written && w->brk) offset_map_replace(w->m, at, 0, "\n\n", (size_t)w->brk);
    else if (w->written && w->space_len) offset_map_replace(w->m, w->space_at, w->space_len, " ", 1);
    w->brk = 0;
    w->space_len = 0;
}

/* The text of raw[a, b), a text node's span. */
static void text(walk *w, size_t a, size_t b) {
    const char *raw = w->m->raw;
    for (size_t i = a; i < b;) {
        if (!w->pre && is_space(raw[i])) {
            size_t j = i;
            while (j < b && is_space(raw[j])) j++;
            if (!w->space_len) w->space_at = i;
            w->space_len = j - w->space_at;
            i = j;
            continue;
        }
        before_text(w, i);
        size_t j = i;
        while (j < b && raw[j] != '&' && (w->pre || !is_space(raw[j]))) j++;
        offset_map_copy(w->m, i, j - i);
        if (j < b && raw[j] == '&') {
            size_t took = entities_append_one(w->cache, w->m, j, b);
            if (!took) offset_map_copy(w->m, j, took = 1);
            j += took;
        }
        w->written = 1;
        i = j;
    }
    w->raw_end = b;
}

static void text_node(walk *w, const GumboNode *node) {
    const GumboStringPiece *s = &node->v.text.original_text;
    const char *raw = w->m->raw;
    if (!s->data || s->data < raw || s->data + s->length > raw + w->m->raw_len) return;
    size_t a = (size_t)(s->data - raw);
    /* text the parser moved (out of a table, say) would make offsets run backwards: left out */
    if (a < w->raw_end) return;
    text(w, a, a + s->length);
}

typedef struct {
    const GumboNode *node;
    unsigned next; /* the next child to visit */
} frame;

/* Depth-first over the tree without recursion (a page may nest deep). */
static int walk_tree(walk *w, const GumboNode *root) {
    VEC(frame) stack = {0};
    frame top = {root, 0};
    if (VEC_PUSH(&stack, top) != 0) return HTML_NO_MEMORY;
    while (stack.len) {
        frame *f = &stack.items[stack.len - 1];
        const GumboNode *node = f->node;
        const GumboVector *kids = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                                                    : &node->v.element.children;
        if (f->next == kids->length) { /* leaving an element */
            if (node->type == GUMBO_NODE_ELEMENT && tag_in(node->v.element.tag, block_tags)) ask_break(w, 2);
            if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_PRE) w->pre--;
            stack.len--;
            continue;
        }
        const GumboNode *kid = kids->data[f->next++];
        if (kid->type == GUMBO_NODE_TEXT || kid->type == GUMBO_NODE_WHITESPACE) {
            text_node(w, kid);
        } else if (kid->type == GUMBO_NODE_ELEMENT) {
            GumboTag t = kid->v.element.tag;
            if (tag_in(t, left_out_tags)) continue;
            if (t == GUMBO_TAG_BR) ask_break(w, 1);
            if (tag_in(t, block_tags)) ask_break(w, 2);
            if (t == GUMBO_TAG_PRE) w->pre++;
            frame next = {kid, 0};
            if (VEC_PUSH(&stack, next) != 0) {
                VEC_FREE(&stack);
                return HTML_NO_MEMORY;
            }
        } /* comments, CDATA and templates hold no text of the page */
    }
    VEC_FREE(&stack);
    return HTML_OK;
}

int html_read(entity_cache *cache, offset_map *m, const char **why) {
    *why = html_too_costly(m->raw, m->raw_len);
    if (*why) return HTML_TOO_COSTLY;
    if (m->raw_len > UINT32_MAX) { /* gumbo's limit */
        *why = "larger than 4 GiB";
        return HTML_TOO_COSTLY;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; /* keep no parse errors: whosaid does not read them */
    GumboOutput *g = gumbo_parse_with_options(&options, m->raw, m->raw_len);
    if (!g) return HTML_NO_MEMORY;
    walk w = {cache, m, 0, 0, 0, 0, 0, 0};
    int rc = walk_tree(&w, g->document);
    gumbo_destroy_output(&options, g);
    if (rc == HTML_OK && offset_map_finish(m) != 0) rc = HTML_NO_MEMORY;
    return rc;
}
