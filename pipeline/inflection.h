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

/* role[0, n), a role as written: where the rules list the endings of nouns made from adjectives
 * (rules/<lang>/adjectival-noun-endings.txt) and its noun before any complement is one, writes it
 * as a man's or a woman's role (gender) is cited alone, the adjectives before it too ("der
 * scheidende Vorsitzende" gives "scheidender Vorsitzender", "der psychiatrischen
 * Sachverständigen" a woman's "psychiatrische Sachverständige") to out and returns 1; 0 where
 * it stands so already or the rules do not tell; -1 when out of memory. */
int role_in_nominative(const whosaid_rules *r, const char *role, size_t n, int gender, buf *out);

#endif
