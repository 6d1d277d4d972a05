/* hints.c: recognising input of another kind than the one asked for, from its first line or
 * its look (see hints.h), and the command to suggest for it. */
#include "hints.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "markup.h"
#include "shell.h"

/* How many tags or character references make a text worth a note: one may be an accident of
 * prose ("AT&T;", "a <b> c"), a few are not. */
enum { NOTE_TAGS = 3, NOTE_REFERENCES = 2 };

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* The first line that is not blank: [*a, *b), past a byte-order mark and leading white space. */
static int first_line(const char *text, size_t len, size_t *a, size_t *b) {
    size_t i = len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0;
    while (i < len && is_space(text[i])) i++;
    if (i >= len) return 0;
    const char *nl = memchr(text + i, '\n', len - i);
    *a = i;
    *b = nl ? (size_t)(nl - text) : len;
    while (*b > *a && is_space(text[*b - 1])) (*b)--;
    return 1;
}

/* "zcat FILE | TOOL" or "TOOL FILE", for a tool that reads a file or standard input; "… | TOOL"
 * for standard input (what the user piped in, through it). */
static void tool_on_input(const hint_context *c, const char *tool, char *out, size_t n) {
    char word[300];
    shell_word(c->file, word, sizeof word);
    const char *cat = !c->compression ? NULL : !strcmp(c->compression, "gzip") ? "zcat"
                                            : !strcmp(c->compression, "zstd") ? "zstdcat" : "xzcat";
    if (!strcmp(c->file, "-")) snprintf(out, n, "… | %s", tool);
    else if (cat) snprintf(out, n, "%s %s | %s", cat, word, tool);
    else snprintf(out, n, "%s %s", tool, word);
}

/* " --text-field NAME" when obj has no text field under the name given and a string field to
 * try (the longest), else "". */
static void text_field_to_try(const hint_context *c, json_t *obj, char *out, size_t n) {
    out[0] = '\0';
    if (json_is_string(json_object_get(obj, c->text_field))) return;
    const char *key, *best = NULL;
    size_t best_len = 0;
    json_t *v;
    json_object_foreach(obj, key, v) {
        if (json_is_string(v) && (!best || json_string_length(v) > best_len)) {
            best = key;
            best_len = json_string_length(v);
        }
    }
    if (!best || strlen(best) > 100) return;
    char word[220];
    shell_word(best, word, sizeof word);
    snprintf(out, n, " --text-field %s", word);
}

/* Names a CSV header gives the column of the text. */
static int text_column_name(const char *s, size_t n) {
    static const char *const names[] = {"text", "body", "content", "article", "story", "full_text", "fulltext",
                                        "maintext", "article_text", "text_body", "article_body"};
    for (size_t k = 0; k < sizeof names / sizeof *names; k++)
        if (strlen(names[k]) == n && !strncasecmp(s, names[k], n)) return 1;
    return 0;
}

/* Whether a header cell looks like a column's name: letters, digits, "_-." and at most two
 * words, so that prose ("Text, photos and video: Ana Ruiz") is no header. */
static int column_name(const char *s, size_t n) {
    size_t spaces = 0;
    if (!n || n > 64) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ') spaces++;
        else if (!((unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10 || c == '_' || c == '-' || c == '.'))
            return 0;
    }
    return spaces <= 1;
}

/* A CSV (or TSV, or ;-separated) header line with a text column: its name in col. */
static int csv_header(const char *line, size_t len, char *sep, char *col, size_t coln) {
    static const char seps[] = ",\t;";
    for (const char *p = seps; *p; p++) {
        size_t cells = 0;
        int found = 0;
        for (size_t a = 0; a <= len; cells++) {
            const char *e = memchr(line + a, *p, len - a);
            size_t b = e ? (size_t)(e - line) : len, x = a, y = b;
            while (x < y && is_space(line[x])) x++;
            while (y > x && is_space(line[y - 1])) y--;
            if (y - x >= 2 && line[x] == '"' && line[y - 1] == '"') x++, y--;
            if (!column_name(line + x, y - x)) break; /* a line of text, not a header */
            if (!found && text_column_name(line + x, y - x)) {
                snprintf(col, coln, "%.*s", (int)(y - x), line + x);
                found = 1;
            }
            a = b + 1;
        }
        if (found && cells >= 2) {
            *sep = *p;
            return 1;
        }
    }
    return 0;
}

static enum message_kind json_hint(const hint_context *c, const char *text, size_t len, size_t a, size_t b, char *out,
                                   size_t n) {
    char cmd[800], field[240];
    json_error_t je;
    json_t *obj = json_loadb(text + a, b - a, 0, &je);
    if (json_is_object(obj)) {
        text_field_to_try(c, obj, field, sizeof field);
        char word[300];
        shell_word(c->file, word, sizeof word);
        snprintf(out, n,
                 "note: this looks like JSON lines (a JSON object on each line), read as one plain-text document; "
                 "for a document per line: whosaid -J%s%s%s",
                 field, strcmp(c->file, "-") ? " " : "", strcmp(c->file, "-") ? word : "");
        json_decref(obj);
        return MSG_OTHER;
    }
    json_decref(obj);
    /* one object over many lines: parsed whole only when it looks like one */
    size_t end = len;
    while (end > a && is_space(text[end - 1])) end--;
    if (end > a && text[end - 1] == '}' && (obj = json_loadb(text + a, end - a, 0, &je)) && json_is_object(obj)) {
        text_field_to_try(c, obj, field, sizeof field);
        tool_on_input(c, "jq -c .", cmd, sizeof cmd);
        snprintf(out, n, "note: this looks like a JSON object, read as plain text; as a document: %s | whosaid -J%s",
                 cmd, field);
        json_decref(obj);
        return MSG_OTHER;
    }
    json_decref(obj);
    return MSG_NONE;
}

enum message_kind hint_plain(const hint_context *c, const char *text, size_t len, char *out, size_t n) {
    size_t a, b;
    if (c->html || !first_line(text, len, &a, &b)) return MSG_NONE;
    char cmd[800];
    if (text[a] == '{') {
        enum message_kind k = json_hint(c, text, len, a, b, out, n);
        if (k != MSG_NONE) return k;
    }
    if (hint_opens_array(text + a, b - a)) {
        size_t end = len;
        while (end > a && is_space(text[end - 1])) end--;
        if (text[end - 1] == ']') {
            tool_on_input(c, "jq -c '.[]'", cmd, sizeof cmd);
            snprintf(out, n, "note: this looks like a JSON array, read as one plain-text document; "
                             "for a document per element: %s | whosaid -J", cmd);
            return MSG_OTHER;
        }
    }
    char sep, col[80], word[200];
    if (memchr(text + b, '\n', len - b) && csv_header(text + a, b - a, &sep, col, sizeof col)) {
        const char *in = sep == '\t' ? "--itsv" : sep == ';' ? "--icsv --ifs ';'" : "--icsv";
        char tool[80];
        snprintf(tool, sizeof tool, "mlr %s --ojsonl cat", in);
        tool_on_input(c, tool, cmd, sizeof cmd);
        shell_word(col, word, sizeof word);
        snprintf(out, n, "note: this looks like %s with a text column (%s), read as one plain-text document; "
                         "for a document per row: %s | whosaid -J%s%s",
                 sep == '\t' ? "TSV" : "CSV", col, cmd, strcmp(col, c->text_field) ? " --text-field " : "",
                 strcmp(col, c->text_field) ? word : "");
        return MSG_OTHER;
    }
    enum message_kind k = hint_text(c, text, len, out, n);
    return k == MSG_NONE ? MSG_NONE : MSG_OTHER; /* a file is one document: nothing to count */
}

enum message_kind hint_text(const hint_context *c, const char *text, size_t len, char *out, size_t n) {
    if (c->html) return MSG_NONE;
    size_t tags = markup_count_tags(text, len, 1000);
    if (tags >= NOTE_TAGS) {
        snprintf(out, n, "note: the text holds HTML markup (%s%zu tags), read as text: --html reads it as HTML",
                 tags >= 1000 ? "over " : "", tags);
        return MSG_NOTE_MARKUP;
    }
    const char *first;
    size_t first_len;
    size_t refs = c->html_entities ? 0 : markup_count_references(text, len, 1000, &first, &first_len);
    if (refs >= NOTE_REFERENCES) {
        snprintf(out, n, "note: the text holds %s%zu HTML character references (such as %.*s), read as they stand: "
                         "--html-entities decodes them",
                 refs >= 1000 ? "over " : "", refs, (int)first_len, first);
        return MSG_NOTE_REFERENCES;
    }
    return MSG_NONE;
}

void hint_json_array(const hint_context *c, char *out, size_t n) {
    char cmd[800];
    tool_on_input(c, "jq -c '.[]'", cmd, sizeof cmd);
    snprintf(out, n, "skipped: the file is a JSON array, not JSON lines (one JSON object a line); "
                     "read it with: %s | whosaid -J", cmd);
}

int hint_opens_array(const char *line, size_t len) {
    size_t i = 0;
    while (i < len && is_space(line[i])) i++;
    if (i >= len || line[i] != '[') return 0;
    for (i++; i < len && is_space(line[i]);) i++;
    return i == len || line[i] == '{' || line[i] == '[';
}
