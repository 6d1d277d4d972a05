/* markup.h: telling HTML in a text without parsing it: whether a document is an HTML page, or
 * a text mostly of markup, and how many tags and character references a text holds (for the
 * notes that suggest --html and --html-entities). Each is one pass over the bytes. */
#ifndef WHOSAID_MARKUP_H
#define WHOSAID_MARKUP_H

#include <stddef.h>

/* Whether text starts (after a byte-order mark and white space) with <!DOCTYPE html or <html,
 * in any case. */
int markup_is_html_page(const char *text, size_t len);
/* Whether text is mostly markup: it starts with a tag (after white space), and ends with one or
 * has at least half its bytes in tags. */
int markup_is_mostly_markup(const char *text, size_t len);
/* The number of tags of common HTML elements (<p>, </div>, <br/>, <a href=...>) in text, counted
 * up to max. */
size_t markup_count_tags(const char *text, size_t len, size_t max);
/* The number of character references (&quot; &#8220; &#x201C;) in text, counted up to max; the
 * first one in first[0, *first_len) (borrowed from text). */
size_t markup_count_references(const char *text, size_t len, size_t max, const char **first, size_t *first_len);

#endif
