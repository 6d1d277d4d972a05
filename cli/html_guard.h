/* html_guard.h: whether an HTML document is one the parser can take in reasonable time and
 * memory. gumbo 0.10 (Debian 12's) checks the stack of open elements at each block tag, so its
 * time grows with the document's size times its depth (100,000 nested <div>s, half a megabyte,
 * take it two minutes), and its tree takes up to some 50 bytes a byte of dense markup. Real pages
 * nest a few dozen deep and hold some thousands of tags; a document far beyond that is skipped
 * with a message rather than parsed. */
#ifndef WHOSAID_HTML_GUARD_H
#define WHOSAID_HTML_GUARD_H

#include <stddef.h>

enum { HTML_MAX_DEPTH = 1000, HTML_MAX_TAGS = 500000 };

/* NULL when html[0, len) is within the limits, else why not (a static message). The depth is
 * whosaid's own count over the tags as written: start tags open an element (but for void ones,
 * and those a sibling of the same name closes, as <p> and <li>), end tags close back to their
 * element unless a table or the like stands between. */
const char *html_too_costly(const char *html, size_t len);

#endif
