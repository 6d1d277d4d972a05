/* first_names_none.c: no base of first names written in advance (rules.h builtin_first_names),
 * for tools/first_names.c, which reads it from the rules and writes the table the library is
 * built with. */
#include "rules.h"

const builtin_first_names whosaid_builtin_first_names = {0};
