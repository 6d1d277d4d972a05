/* html.c: walking gumbo's tree in document order and writing the text of its text nodes, each
 * from its span in the input (gumbo's original_text), so that every decoded byte knows where it
 * came from (see html.h). */
#include "html.h"

#include <gumbo.h>
#include <stdint.h>
#include <string.h>

#include "html_guard.h"
#include "utf8.h"

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
    offset_map scratch;  /* a text node decoded as it stands, to compare with gumbo's */
    int brk;             /* a break asked for before the next text: 0, 1 (a line), 2 (a paragraph) */
    int space;           /* white space seen since the last text, at space_at, up to space_end */
    size_t space_at, space_end;
    size_t raw_end;      /* where the last text written ends in the input */
    int written;         /* some text was written */
    int pre;             /* inside <pre>: white space kept */
} walk;

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
static int is_alpha(char c) { return (unsigned)((c | 0x20) - 'a') < 26; }

static void ask_break(walk *w, int kind) {
    if (kind > w->brk) w->brk = kind;
}

/* White space at raw[a, b) (b == a: white space that is no byte of the input here). */
static void saw_space(walk *w, size_t a, size_t b) {
    if (!w->space) w->space_at = a;
    w->space = 1;
    w->space_end = b;
}

/* Before text at input offset `at`: the break or the space that goes before it. */
static void before_text(walk *w, size_t at) {
    if (w->written && w->brk) offset_map_replace(w->m, at, 0, "\n\n", (size_t)w->brk);
    else if (w->written && w->space) offset_map_replace(w->m, w->space_at, w->space_end - w->space_at, " ", 1);
    w->brk = 0;
    w->space = 0;
    w->written = 1;
}

/* The length of a tag at raw[i] ('<') that the parser read and dropped inside a text (a stray
 * <html> or doctype in the body leaves the text around it one node), or 0 when '<' is text. */
static size_t dropped_tag(const char *raw, size_t i, size_t b) {
    size_t j = i + 1;
    if (j >= b) return 0;
    int markup = raw[j] == '!' || raw[j] == '?' || (raw[j] == '/' && (j + 1 >= b || !is_alpha(raw[j + 1])));
    if (!markup) {
        j += raw[j] == '/';
        if (j >= b || !is_alpha(raw[j])) return 0;
    }
    char quote = 0;
    for (; j < b; j++) { /* to the '>' outside a quoted attribute value */
        if (quote) {
            if (raw[j] == quote) quote = 0;
        } else if (raw[j] == '>') {
            return j + 1 - i;
        } else if (!markup && (raw[j] == '"' || raw[j] == '\'') && raw[j - 1] == '=') {
            quote = raw[j];
        }
    }
    return b - i;
}

/* Where the text in raw[i, b) stops being one run: at '&', a tag, or white space unless kept. */
static size_t run_end(const char *raw, size_t i, size_t b, int keep_space) {
    while (i < b && raw[i] != '&' && raw[i] != '<' && (keep_space || !is_space(raw[i]))) i++;
    return i;
}

/* Decodes raw[a, b) into m as it stands (references decoded, dropped tags left out, white
 * space kept), to compare with gumbo's text of the node. */
static void decode_as_is(walk *w, offset_map *m, size_t a, size_t b) {
    const char *raw = w->m->raw;
    for (size_t i = a; i < b;) {
        size_t j = run_end(raw, i, b, 1), n = 0;
        if (j > i) {
            offset_map_copy(m, i, j - i);
            n = j - i;
        } else if (raw[i] == '&') {
            n = entities_append_one(w->cache, m, i, b);
        } else {
            n = dropped_tag(raw, i, b);
        }
        if (!n) offset_map_copy(m, i, n = 1); /* '&' or '<' as itself */
        i += n;
    }
}

/* Characters gumbo writes as U+FFFD in any text (controls, noncharacters), and whosaid keeps. */
static int replaced_by_gumbo(int32_t cp) {
    return cp < 0 || cp == 0xFFFD || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\f' && cp != '\r') ||
           (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

/* The next character of s[*i, n) that both texts keep alike (NUL, CR before LF, invalid bytes and
 * what gumbo replaces are passed over; a lone CR reads as LF), or -1 at the end. */
static int32_t next_compared(const char *s, size_t n, size_t *i) {
    while (*i < n) {
        int32_t cp;
        size_t k = utf8_next((const unsigned char *)s, n, *i, &cp);
        *i += k;
        if (cp == '\r' && *i < n && s[*i] == '\n') continue;
        if (cp > 0 && !replaced_by_gumbo(cp)) return cp == '\r' ? '\n' : cp;
    }
    return -1;
}

int html_same_text(const char *mine, size_t n, const char *theirs) {
    size_t i = 0, j = 0, m = strlen(theirs);
    for (;;) {
        int32_t a = next_compared(mine, n, &i), b = next_compared(theirs, m, &j);
        if (a != b) return 0;
        if (a < 0) return 1;
    }
}

/* The text of raw[a, b), a text node's span, with white space collapsed (but in <pre>). */
static void text(walk *w, size_t a, size_t b) {
    const char *raw = w->m->raw;
    for (size_t i = a; i < b;) {
        size_t j = run_end(raw, i, b, w->pre), n;
        if (j > i) {
            before_text(w, i);
            offset_map_copy(w->m, i, j - i);
        } else if (!w->pre && is_space(raw[i])) {
            for (j = i; j < b && is_space(raw[j]);) j++;
            saw_space(w, i, j);
        } else if (raw[i] == '<' && (n = dropped_tag(raw, i, b)) > 0) {
            j = i + n;
        } else {
            before_text(w, i);
            n = raw[i] == '&' ? entities_append_one(w->cache, w->m, i, b) : 0;
            if (!n) offset_map_copy(w->m, i, n = 1);
            j = i + n;
        }
        i = j;
    }
}

/* A node whose span whosaid cannot read as gumbo did: gumbo's text, white space collapsed, as
 * one piece standing for the whole span. */
static void text_as_gumbo_read_it(walk *w, size_t a, size_t b, const char *t) {
    buf out = {0};
    int space = 0;
    if (is_space(*t)) saw_space(w, a, a);
    for (; *t; t++) {
        if (is_space(*t) && !w->pre) {
            space = 1;
            continue;
        }
        if (space && out.len) buf_putc(&out, ' ');
        space = 0;
        buf_putc(&out, *t);
    }
    if (out.len) {
        before_text(w, a);
        offset_map_replace(w->m, a, b - a, out.data, out.len);
    }
    if (space) saw_space(w, b, b);
    buf_free(&out);
}

static void text_node(walk *w, const GumboNode *node) {
    const GumboStringPiece *s = &node->v.text.original_text;
    const char *raw = w->m->raw;
    if (!s->data || s->data < raw || s->data + s->length > raw + w->m->raw_len) return;
    size_t a = (size_t)(s->data - raw), b = a + s->length;
    /* text the parser moved (out of a table, say) would make offsets run backwards: left out */
    if (a < w->raw_end) return;
    offset_map_reset(&w->scratch, raw, w->m->raw_len);
    decode_as_is(w, &w->scratch, a, b);
    if (html_same_text(w->scratch.text.data, w->scratch.text.len, node->v.text.text)) text(w, a, b);
    else text_as_gumbo_read_it(w, a, b, node->v.text.text);
    w->raw_end = b;
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
    walk w = {.cache = cache, .m = m};
    int rc = walk_tree(&w, g->document);
    gumbo_destroy_output(&options, g);
    if (w.scratch.failed) rc = HTML_NO_MEMORY;
    offset_map_free(&w.scratch);
    if (rc == HTML_OK && offset_map_finish(m) != 0) rc = HTML_NO_MEMORY;
    return rc;
}
