/* language.c: the function-word vote (see language.h). */
#include "language.h"

#include "utf8.h"

/* The vote: below MIN_WORDS_FOREIGN words a text with no function word is too short to call
 * foreign; from twice as many, fewer than one function word in FOREIGN_RATIO words means none of
 * ours (a language's own list makes a quarter or more of its running words). */
enum { MIN_WORDS_FOREIGN = 20, FOREIGN_RATIO = 8, DECIDED_HITS = 12, MAX_LANGS = 16, MAX_WORD = 24 };
_Static_assert(MAX_WORD < 64, "wordset.lengths has a bit for each length below 64");
_Static_assert(LEX_SHORT_MAX >= 7, "rules_vote_short holds the words of up to seven letters read in one step");

/* The length of the letter at s[i] (1 for an ASCII letter), or 0 when none starts there. */
static size_t letter_at(const unsigned char *s, size_t len, size_t i) {
    if (s[i] < 0x80) return (unsigned)((s[i] | 0x20) - 'a') < 26;
    int32_t cp;
    size_t n = utf8_next(s, len, i, &cp);
    return cp >= 0 && uc_is_letter(cp) ? n : 0;
}

const whosaid_rules *language_of(const whosaid_rules *first, const char *text, size_t len) {
    const whosaid_rules *chain[MAX_LANGS], *und = NULL;
    size_t n = 0, hits[MAX_LANGS] = {0}, words = 0;
    for (const whosaid_rules *r = first; r && n < MAX_LANGS; r = r->next) {
        if (!r->votes) und = r; /* the shared rules, or a language without a list */
        chain[n++] = r;
    }
    if (!first->lang_votes.len) return first;
    const unsigned char *s = (const unsigned char *)text;
    size_t limit = len < LANGUAGE_MAX_BYTES ? len : LANGUAGE_MAX_BYTES;
    for (size_t i = 0; i < limit;) {
        size_t j, short_word = 0; /* short_word: the length of a word read in one step below */
        uint64_t w = 0;
        if ((unsigned)((s[i] | 0x20) - 'a') < 26 && i + 8 <= len) {
            short_word = ascii_letters8(w = word_load8(s + i));
            if (short_word == 8 || s[i + short_word] >= 0x80) short_word = 0; /* longer, or a letter beyond ASCII may follow */
        }
        if (short_word) {
            /* most words: fewer than eight ASCII letters and an ASCII byte after them, found in
             * one step and looked up below by their head (rules_vote_short) without reading
             * them again */
            j = i + short_word;
        } else {
            size_t m = letter_at(s, len, i);
            if (!m) {
                i++;
                continue;
            }
            j = i + m;
            /* ASCII letters eight at a time, most of most words */
            while (j + 8 <= len) {
                size_t ascii = ascii_letters8(word_load8(s + j));
                j += ascii;
                if (ascii < 8) break;
            }
            while (j < len && (m = letter_at(s, len, j)) > 0) j += m;
        }
        if (j - i <= MAX_WORD) {
            words++;
            /* one look-up: a bit a language; none for a length no word of the lists has */
            int v = -1;
            if ((first->lang_votes.lengths >> (j - i)) & 1) {
                if (short_word) {
                    /* letters only: the case bit of each byte makes it lower case (word_head) */
                    const uint64_t bytes = ~(uint64_t)0 >> (64 - 8 * short_word);
                    const uint64_t head = (w & bytes) | (0x2020202020202020u & bytes);
                    v = rules_vote_short(first, head);
                } else {
                    v = wordset_get(&first->lang_votes, text + i, j - i);
                }
            }
            /* (a bit a language it votes for, up to the highest set: most words vote for one) */
            for (size_t k = 0, votes = v > 0 ? (size_t)v : 0; votes && k < n; k++, votes >>= 1) hits[k] += votes & 1;
        }
        i = j + (j < limit && s[j] == ' '); /* the space after the word, most often: no turn of the loop */
        if (j >= LANGUAGE_SAMPLE_BYTES) {
            /* far enough ahead of the next to stop reading */
            size_t best = 0, second = 0;
            for (size_t k = 0; k < n; k++) {
                if (hits[k] > best) second = best, best = hits[k];
                else if (hits[k] > second) second = hits[k];
            }
            if (best >= DECIDED_HITS && best >= 2 * second) break;
        }
    }
    size_t best = 0;
    for (size_t k = 1; k < n; k++)
        if (hits[k] > hits[best]) best = k;
    if (hits[best] == 0) return words >= MIN_WORDS_FOREIGN && und ? und : first;
    if (words >= 2 * MIN_WORDS_FOREIGN && hits[best] * FOREIGN_RATIO < words && und) return und;
    return chain[best];
}
