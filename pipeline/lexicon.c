/* lexicon.c: one hash table over the words of every word set (see lexicon.h). */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

static unsigned char lower_ascii(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

int lexicon_same_tail(const lexicon *lx, int32_t e, const char *s, size_t n) {
    const unsigned char *w = (const unsigned char *)lx->text + lx->keys[e].text;
    /* a tail of up to eight bytes, most: as one integer, the entry's already in lower case */
    if (n <= 16) return word_head(s + 8, n - 8) == word_bytes((const char *)w + 8, n - 8);
    for (size_t i = 8; i < n; i++)
        if (w[i] != lower_ascii((unsigned char)s[i])) return 0;
    return 1;
}

/* Where the slot of a new entry with this hash goes. */
static size_t free_slot(const lexicon *lx, uint64_t hash) {
    size_t i = hash & lx->mask;
    while (lx->slots[i].entry != LEX_NONE) i = (i + 1) & lx->mask;
    return i;
}

/* Doubles the slots (64 at first) and puts every entry back. */
static int grow_slots(lexicon *lx) {
    size_t n = lx->slots ? (lx->mask + 1) * 2 : 64;
    lex_slot *slots = malloc(n * sizeof *slots);
    if (!slots) return -1;
    for (size_t i = 0; i < n; i++) slots[i] = (lex_slot){0, 0, LEX_NONE, 0};
    lex_slot *old = lx->slots;
    size_t old_n = old ? lx->mask + 1 : 0;
    lx->slots = slots;
    lx->mask = n - 1;
    for (size_t i = 0; i < old_n; i++) {
        if (old[i].entry == LEX_NONE) continue;
        const lex_key *k = &lx->keys[old[i].entry];
        uint64_t hash = word_hash(lx->text + k->text, k->len);
        lx->slots[free_slot(lx, hash)] = old[i];
    }
    free(old);
    return 0;
}

int lexicon_reserve(lexicon *lx, size_t cap) {
    if (cap <= lx->cap) return 0;
    lex_key *keys = realloc(lx->keys, cap * sizeof *keys);
    if (!keys) return -1;
    lx->keys = keys;
    lex_values *values = realloc(lx->values, cap * sizeof *values);
    if (!values) return -1;
    lx->values = values;
    lx->cap = cap;
    return 0;
}

/* Appends a new entry for s[0, n), in no set yet; its slot, or NULL without memory. */
static lex_slot *new_entry(lexicon *lx, const char *s, size_t n, uint64_t hash, uint64_t head) {
    if (n > UINT32_MAX || lx->len >= INT32_MAX || lx->text_len > UINT32_MAX - n) return NULL;
    if ((lx->len + 1) * 2 > (lx->slots ? lx->mask + 1 : 0) && grow_slots(lx) != 0) return NULL;
    if (lx->len == lx->cap && lexicon_reserve(lx, lx->cap ? lx->cap * 2 : 64) != 0) return NULL;
    if (lx->text_len + n > lx->text_cap) {
        size_t cap = lx->text_cap ? lx->text_cap : 1024;
        while (cap < lx->text_len + n) cap *= 2;
        char *text = realloc(lx->text, cap);
        if (!text) return NULL;
        lx->text = text;
        lx->text_cap = cap;
    }
    for (size_t i = 0; i < n; i++) lx->text[lx->text_len + i] = (char)lower_ascii((unsigned char)s[i]);
    int32_t e = (int32_t)lx->len++;
    lx->keys[e] = (lex_key){(uint32_t)n, (uint32_t)lx->text_len};
    lx->text_len += n;
    memset(lx->values[e].of_set, -1, sizeof lx->values[e].of_set);
    lex_slot *slot = &lx->slots[free_slot(lx, hash)];
    *slot = (lex_slot){head, LEX_WORD_BIT, e, (uint32_t)n};
    uint64_t bits;
    lx->filter[lexicon_filter_word(hash, &bits)] |= bits;
    if (n > lx->max_len) lx->max_len = n;
    size_t digits = 0;
    while (digits < n && (unsigned)(s[digits] - '0') < 10) digits++;
    if (n && digits == n) lx->digit_words = 1;
    return slot;
}

int lexicon_add(lexicon *lx, const char *s, size_t n, uint64_t hash, uint64_t head, unsigned set, int value) {
    if (set >= LEX_COLUMNS || value < -1 || value > INT8_MAX) return -1;
    lex_slot *slot = (lex_slot *)lexicon_slot(lx, s, n, hash, head); /* the table's own: it may write */
    if (!slot && !(slot = new_entry(lx, s, n, hash, head))) return -1;
    lx->values[slot->entry].of_set[set] = (int8_t)value;
    if (value >= 0) slot->mask |= (uint64_t)1 << set;
    else slot->mask &= ~((uint64_t)1 << set);
    return 0;
}

int lexicon_index_short(lexicon *lx) {
    size_t n = 16, words = 0;
    for (size_t e = 0; e < lx->len; e++)
        if (lx->keys[e].len <= LEX_SHORT_MAX && !memchr(lx->text + lx->keys[e].text, 0, lx->keys[e].len)) words++;
    unsigned bits = 4;
    while (n < words * LEX_SHORT_LOAD) n *= 2, bits++;
    lex_short_slot *slots = calloc(n, sizeof *slots);
    if (!slots) return -1;
    free(lx->short_slots);
    lx->short_slots = slots;
    lx->short_mask = n - 1;
    lx->short_shift = 64 - bits;
    /* (every word once, from the slots that hold its sets) */
    for (size_t k = 0; k <= lx->mask && lx->slots; k++) {
        const lex_slot *from = &lx->slots[k];
        if (from->entry == LEX_NONE || from->len > LEX_SHORT_MAX || !from->len ||
            memchr(lx->text + lx->keys[from->entry].text, 0, from->len))
            continue;
        size_t i = (size_t)((from->head * WORD_HASH_K) >> lx->short_shift);
        while (slots[i].head) i = (i + 1) & lx->short_mask;
        slots[i] = (lex_short_slot){from->head, from->mask, from->entry};
    }
    return 0;
}

int lexicon_set_builtin(lexicon *lx, const lexicon_builtin *b) {
    size_t nslots = b->mask + 1, nshort = b->short_mask + 1;
    lx->slots = malloc(nslots * sizeof *lx->slots);
    lx->short_slots = calloc(nshort, sizeof *lx->short_slots);
    lx->keys = malloc((b->len ? b->len : 1) * sizeof *lx->keys);
    lx->values = malloc((b->len ? b->len : 1) * sizeof *lx->values);
    lx->text = malloc(b->text_len ? b->text_len : 1);
    if (!lx->slots || !lx->short_slots || !lx->keys || !lx->values || !lx->text) {
        lexicon_free(lx);
        return -1;
    }
    memcpy(lx->filter, b->filter, sizeof lx->filter);
    for (size_t i = 0; i < nslots; i++) lx->slots[i] = (lex_slot){0, 0, LEX_NONE, 0};
    for (size_t i = 0; i < b->len; i++) {
        const lex_placed *p = &b->placed[i];
        lx->slots[p->slot] = (lex_slot){p->head, p->mask, p->entry, b->keys[p->entry].len};
    }
    for (size_t i = 0; i < b->nshort; i++) {
        const lex_placed *p = &b->placed_short[i];
        lx->short_slots[p->slot] = (lex_short_slot){p->head, p->mask, p->entry};
    }
    memcpy(lx->keys, b->keys, b->len * sizeof *lx->keys);
    memcpy(lx->text, b->text, b->text_len);
    memset(lx->values, -1, b->len * sizeof *lx->values);
    for (size_t i = 0; i < b->nvalues; i++) lx->values[b->values[i].entry].of_set[b->values[i].set] = b->values[i].value;
    lx->mask = b->mask;
    lx->short_mask = b->short_mask;
    lx->short_shift = b->short_shift;
    lx->len = lx->cap = b->len;
    lx->text_len = lx->text_cap = b->text_len;
    lx->max_len = b->max_len;
    lx->digit_words = b->digit_words;
    return 0;
}

void lexicon_free(lexicon *lx) {
    free(lx->short_slots);
    free(lx->slots);
    free(lx->keys);
    free(lx->values);
    free(lx->text);
    memset(lx, 0, sizeof *lx);
}
