/* count_quotes.c: libwhosaid from C. Reads one document (a file, or standard input) and prints
 * each quotation's speaker and its first words, then how many quotations each speaker has.
 * A record is read through the library's field table (whosaid_field_index, whosaid_record_get),
 * so this program keeps working with a newer library whose records have more fields.
 *
 *     cc count_quotes.c $(pkg-config --cflags --libs whosaid) -o count_quotes
 *     ./count_quotes article.txt
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <whosaid.h>

#define MAX_SPEAKERS 64

typedef struct {
    int speaker, quote; /* field indices, looked up once by name */
    char *name[MAX_SPEAKERS];
    int count[MAX_SPEAKERS];
    int n, quotes;
} tally;

/* Called once per quotation; the record and its slices are valid only during the call. */
static int on_quote(const whosaid_record *r, void *user) {
    tally *t = user;
    whosaid_value speaker = whosaid_record_get(r, (size_t)t->speaker);
    whosaid_value quote = whosaid_record_get(r, (size_t)t->quote);
    const char *who = speaker.kind == WHOSAID_STRING ? speaker.str.ptr : "(unknown)";
    int len = speaker.kind == WHOSAID_STRING ? (int)speaker.str.len : (int)strlen(who);
    size_t shown = quote.str.len;
    if (shown > 50) { /* the first 50 bytes, not cutting a UTF-8 sequence */
        shown = 50;
        while (shown > 0 && (quote.str.ptr[shown] & 0xC0) == 0x80) shown--;
    }
    printf("%-24.*s %.*s%s\n", len, who, (int)shown, quote.str.ptr, shown < quote.str.len ? "..." : "");
    t->quotes++;
    int i = 0;
    while (i < t->n && !(strlen(t->name[i]) == (size_t)len && !memcmp(t->name[i], who, len))) i++;
    if (i == t->n) {
        if (t->n == MAX_SPEAKERS || !(t->name[i] = malloc((size_t)len + 1))) return 1; /* stop */
        memcpy(t->name[i], who, (size_t)len);
        t->name[i][len] = '\0';
        t->n++;
    }
    t->count[i]++;
    return 0;
}

int main(int argc, char **argv) {
    FILE *f = argc > 1 ? fopen(argv[1], "rb") : stdin;
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    char *text = NULL;
    size_t len = 0, cap = 0, n;
    do {
        if (len + 4096 > cap && !(text = realloc(text, cap = 2 * cap + 4096))) return 1;
        n = fread(text + len, 1, cap - len, f);
        len += n;
    } while (n > 0);

    char err[256];
    whosaid_rules *rules = whosaid_rules_load(NULL, err, sizeof err); /* the built-in rules */
    if (!rules) {
        fprintf(stderr, "rules: %s\n", err);
        return 1;
    }
    whosaid *ws = whosaid_new(rules);
    tally t = {whosaid_field_index("speaker"), whosaid_field_index("quote"), {0}, {0}, 0, 0};
    int rc = ws ? whosaid_process(ws, text, len, WHOSAID_DEFAULT_TYPES, on_quote, &t) : WHOSAID_ENOMEM;
    if (rc != WHOSAID_OK) fprintf(stderr, "whosaid: %s\n", whosaid_strerror(rc));

    printf("\n%d quotations\n", t.quotes);
    for (int i = 0; i < t.n; i++) {
        printf("%4d  %s\n", t.count[i], t.name[i]);
        free(t.name[i]);
    }
    whosaid_free(ws);
    whosaid_rules_free(rules);
    free(text);
    if (f != stdin) fclose(f);
    return rc == WHOSAID_OK ? 0 : 1;
}
