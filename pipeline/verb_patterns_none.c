/* verb_patterns_none.c: no verb pattern compiled in advance (rules.h builtin_verb_pattern), for
 * tools/verb_patterns.c, which compiles them from the rules and writes the list the library is
 * built with. */
#include "rules.h"

const builtin_verb_pattern whosaid_builtin_verb_patterns[] = {{NULL, NULL, 0}};
