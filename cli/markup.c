/* markup.c: recognising markup by its look: a tag is '<', an optional '/', a name of letters and
 * digits, then white space, '/' or '>'; a character reference is '&' and a name and ';', or
 * '&#' and digits (or 'x' and hex digits) and ';'. Close enough to tell a page or a scraped
 * text from prose, which rarely holds either. */
#include "markup.h"

#include <string.h>
#include <strings.h>

static int is_alpha(unsigned char c) { return (unsigned)((c | 0x20) - 'a') < 26; }
static int is_alnum(unsigned char c) { return is_alpha(c) || (unsigned)(c - '0') < 10; }
static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/* Past white space (and a byte-order mark at the very start). */
static size_t skip_space(const unsigned char *s, size_t len, size_t i) {
    if (i == 0 && len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) i = 3;
    while (i < len && is_space(s[i])) i++;
    return i;
}

int markup_is_html_page(const char *text, size_t len) {
    const unsigned char *s = (const unsigned char *)text;
    size_t i = skip_space(s, len, 0);
    if (len - i >= 14 && !strncasecmp(text + i, "<!doctype html", 14) && (len - i == 14 || !is_alnum(s[i + 14])))
        return 1;
    return len - i >= 5 && !strncasecmp(text + i, "<html", 5) && (len - i == 5 || !is_alnum(s[i + 5]));
}

/* The length of a tag at s[i] ('<'), or 0 when it is none; comments and doctypes count. Tags
 * longer than a few kilobytes (a '<' that no '>' closes) are none. */
static size_t tag_at(const unsigned char *s, size_t len, size_t i) {
    enum { MAX_TAG = 4096 };
    size_t j = i + 1;
    if (j < len && (s[j] == '/' || s[j] == '!')) j++;
    if (j >= len || (!is_alpha(s[j]) && !(s[j - 1] == '!' && s[j] == '-'))) return 0;
    size_t end = len - i > MAX_TAG ? i + MAX_TAG : len;
    const unsigned char *gt = memchr(s + j, '>', end - j);
    return gt ? (size_t)(gt - s) + 1 - i : 0;
}

int markup_is_mostly_markup(const char *text, size_t len) {
    const unsigned char *s = (const unsigned char *)text;
    size_t i = skip_space(s, len, 0), in_tags = 0, last_end = 0;
    if (i >= len || s[i] != '<' || !tag_at(s, len, i)) return 0;
    size_t start = i;
    while (i < len) {
        const unsigned char *lt = memchr(s + i, '<', len - i);
        if (!lt) break;
        i = (size_t)(lt - s);
        size_t n = tag_at(s, len, i);
        if (!n) {
            i++;
            continue;
        }
        in_tags += n;
        i += n;
        last_end = i;
    }
    size_t end = len;
    while (end > start && is_space(s[end - 1])) end--;
    return last_end == end || 2 * in_tags >= end - start;
}

/* Names of the elements a scraped text holds most: a tag of another name is not counted, so
 * that "a < b" or "<grin>" in prose is no markup. */
static int common_element(const unsigned char *name, size_t n) {
    static const char *const names[] = {
        "p", "br", "div", "span", "a", "b", "i", "em", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
        "ol", "blockquote", "figure", "figcaption", "img", "table", "tr", "td", "th", "section", "article", "header",
        "footer", "nav", "script", "style", "body", "head", "html", "meta", "link", "title", "iframe", "hr", "main",
        "aside", "small", "sup", "sub", "u", "q", "cite", "time", "picture", "source", "noscript", "form", "input",
        "button", "label", "svg", "path", "video", "pre", "code",
    };
    for (size_t k = 0; k < sizeof names / sizeof *names; k++)
        if (strlen(names[k]) == n && !strncasecmp((const char *)name, names[k], n)) return 1;
    return 0;
}

size_t markup_count_tags(const char *text, size_t len, size_t max) {
    const unsigned char *s = (const unsigned char *)text;
    size_t count = 0;
    for (size_t i = 0; i < len && count < max;) {
        const unsigned char *lt = memchr(s + i, '<', len - i);
        if (!lt) break;
        i = (size_t)(lt - s) + 1;
        size_t a = i < len && s[i] == '/' ? i + 1 : i, b = a;
        while (b < len && is_alnum(s[b])) b++;
        if (b > a && (b == len || is_space(s[b]) || s[b] == '>' || s[b] == '/') && common_element(s + a, b - a))
            count++;
    }
    return count;
}

/* The length of a character reference at s[i] ('&'), or 0. */
static size_t reference_at(const unsigned char *s, size_t len, size_t i) {
    enum { MAX_NAME = 32 };
    size_t j = i + 1;
    if (j < len && s[j] == '#') {
        j++;
        int hex = j < len && (s[j] | 0x20) == 'x';
        j += hex;
        size_t digits = j;
        while (j < len && j - digits < 8 &&
               ((unsigned)(s[j] - '0') < 10 || (hex && (unsigned)((s[j] | 0x20) - 'a') < 6)))
            j++;
        if (j == digits) return 0;
    } else {
        size_t name = j;
        while (j < len && j - name < MAX_NAME && is_alnum(s[j])) j++;
        if (j == name || !is_alpha(s[name])) return 0;
    }
    return j < len && s[j] == ';' ? j + 1 - i : 0;
}

size_t markup_count_references(const char *text, size_t len, size_t max, const char **first, size_t *first_len) {
    const unsigned char *s = (const unsigned char *)text;
    size_t count = 0;
    *first = NULL;
    *first_len = 0;
    for (size_t i = 0; i < len && count < max;) {
        const unsigned char *amp = memchr(s + i, '&', len - i);
        if (!amp) break;
        i = (size_t)(amp - s);
        size_t n = reference_at(s, len, i);
        if (n) {
            if (!count++) {
                *first = text + i;
                *first_len = n;
            }
            i += n;
        } else {
            i++;
        }
    }
    return count;
}
