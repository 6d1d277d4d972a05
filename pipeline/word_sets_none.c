/* word_sets_none.c: no word set written in advance (rules.h builtin_wordset), for
 * tools/word_sets.c, which reads them from the rules and writes the tables the library is built
 * with. */
#include "rules.h"

const builtin_wordset whosaid_builtin_first_names = {0};
const builtin_word_sets whosaid_builtin_word_sets[] = {{NULL, NULL, 0}};
const builtin_lexicon whosaid_builtin_lexicons[] = {{NULL, 0, {0}}};
