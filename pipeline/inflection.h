/* inflection.h: an organisation's name as it is cited alone, where the text gives it in another
 * case ("des Hessischen Landeskriminalamts" is the Hessisches Landeskriminalamt). Words from
 * rules/<lang>/name-case-articles.txt, weak- and strong-adjective-endings.txt, neuter-nouns.txt,
 * genitive-s-articles.txt and genitive-noun-endings.txt, and after a preposition without an
 * article dative-adjective-endings.txt ("laut Deutschem Wetterdienst"); a language without them
 * keeps names as written. */
#ifndef WHOSAID_INFLECTION_H
#define WHOSAID_INFLECTION_H

#include "buf.h"
#include "rules.h"

/* name[0, n) (words joined by single spaces), which the word article[0, an) (an article, or a
 * preposition with none) stands before in the
 * text: writes the name in the nominative to out and returns 1, or returns 0 where it stands so
 * already or the rules do not tell; -1 when out of memory. */
int name_in_nominative(const whosaid_rules *r, const char *article, size_t an, const char *name, size_t n, buf *out);

#endif
