/* html_guard.c: counting the tags and the nesting of a document as written (see html_guard.h). */
#include "html_guard.h"

#include <string.h>
#include <strings.h>

static int is_alpha(unsigned char c) { return (unsigned)((c | 0x20) - 'a') < 26; }
static int is_name(unsigned char c) { return is_alpha(c) || (unsigned)(c - '0') < 10 || c == '-' || c == ':'; }

static int one_of(const char *name, size_t n, const char *const *list) {
    for (; *list; list++)
        if (strlen(*list) == n && !strncasecmp(name, *list, n)) return 1;
    return 0;
}

static const char *const void_elements[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                            "meta", "param", "source", "track", "wbr", "keygen", "frame", NULL};
/* elements whose end tag may be left out: a start tag of the same name closes the open one */
static const char *const sibling_closed[] = {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb",
                                             "rt", "rp", "thead", "tbody", "tfoot", NULL};
/* an end tag does not close an element across these */
static const char *const scope_walls[] = {"table", "td", "th", "caption", "html", "template", "applet", "marquee",
                                          "object", NULL};
/* their content is text up to their end tag */
static const char *const raw_text[] = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                                       "noframes", NULL};

typedef struct {
    const char *name;
    size_t len;
} open_tag;

const char *html_too_costly(const char *html, size_t len) {
    open_tag stack[HTML_MAX_DEPTH];
    size_t depth = 0, tags = 0, i = 0;
    while (i < len) {
        const char *lt = memchr(html + i, '<', len - i);
        if (!lt) break;
        i = (size_t)(lt - html) + 1;
        if (i < len && html[i] == '!') { /* a comment, a doctype */
            const char *end = len - i >= 3 && !memcmp(html + i, "!--", 3) ? memmem(html + i + 3, len - i - 3, "-->", 3)
                                                                          : memchr(html + i, '>', len - i);
            i = end ? (size_t)(end - html) + 1 : len;
            continue;
        }
        int closing = i < len && html[i] == '/';
        size_t a = i + closing, b = a;
        if (a >= len || !is_alpha((unsigned char)html[a])) continue;
        while (b < len && is_name((unsigned char)html[b])) b++;
        const char *gt = memchr(html + b, '>', len - b);
        i = gt ? (size_t)(gt - html) + 1 : len;
        if (++tags > HTML_MAX_TAGS) return "more than 500,000 tags";
        const char *name = html + a;
        size_t n = b - a;
        if (closing) {
            for (size_t k = depth; k-- > 0;) {
                if (stack[k].len == n && !strncasecmp(stack[k].name, name, n)) {
                    depth = k;
                    break;
                }
                if (one_of(stack[k].name, stack[k].len, scope_walls)) break;
            }
            continue;
        }
        int self_closing = gt && gt > html + b && gt[-1] == '/';
        if (one_of(name, n, void_elements) || self_closing) continue;
        if (one_of(name, n, raw_text)) { /* skip to </name */
            while (i < len) {
                const char *end = memmem(html + i, len - i, "</", 2);
                if (!end) {
                    i = len;
                    break;
                }
                i = (size_t)(end - html) + 2;
                if (len - i >= n && !strncasecmp(html + i, name, n)) break;
            }
            continue;
        }
        if (depth && one_of(name, n, sibling_closed) && stack[depth - 1].len == n &&
            !strncasecmp(stack[depth - 1].name, name, n))
            depth--;
        if (depth == HTML_MAX_DEPTH) return "elements nested more than 1,000 deep";
        stack[depth].name = name;
        stack[depth++].len = n;
    }
    return NULL;
}
