/* html.h: an HTML document read as its text, with gumbo, Debian's HTML5 parser: the text of the
 * body, block elements (p, div, li, h1...) as paragraph breaks and <br> as a line break, white
 * space collapsed as a browser shows it (but in <pre>), character references decoded, and
 * script, style, noscript, template, nav, the head and other parts that are not text (forms,
 * media, svg) left out. The decoded text goes into an offset map (offset_map.h), so that records
 * point into the HTML as given. */
#ifndef WHOSAID_HTML_H
#define WHOSAID_HTML_H

#include "entities.h"
#include "offset_map.h"

enum { HTML_OK = 0, HTML_NO_MEMORY = -1, HTML_TOO_COSTLY = -2 };

/* Reads the map's input (offset_map_reset first) into its decoded text, and finishes the map.
 * Returns HTML_OK, HTML_NO_MEMORY, or HTML_TOO_COSTLY with the reason in *why (the document is
 * then not parsed: see html_guard.h). */
int html_read(entity_cache *cache, offset_map *m, const char **why);

/* Whether whosaid's decoding of a text (mine[0, n)) is gumbo's (theirs, NUL-terminated), but for
 * what gumbo changes in any text and whosaid keeps as it stands: CR LF and CR (LF), NUL
 * (dropped), controls, noncharacters and bytes that are not UTF-8 (U+FFFD). Where they differ
 * otherwise, a text node is taken whole as gumbo read it (its offsets those of the node). */
int html_same_text(const char *mine, size_t n, const char *theirs);

#endif
