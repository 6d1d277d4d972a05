/* options.c: reading the command line. Messages name the program "whosaid" (not the path it
 * was run by) and an unknown option gets two lines, as GNU tools give: what was wrong, and
 * where to look. */
#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emit.h"
#include "whosaid.h"

void options_init(options *opt) {
    memset(opt, 0, sizeof *opt);
    opt->text_field = "text";
    opt->id_field = "id";
    opt->types = WHOSAID_DEFAULT_TYPES;
    opt->jobs = 1;
    opt->max_doc_bytes = DEFAULT_MAX_DOC_BYTES;
    opt->progress = PROGRESS_AUTO;
}

void options_free(options *opt) {
    free(opt->parse_keep);
    opt->parse_keep = NULL;
    opt->nparse_keep = 0;
    for (size_t i = 0; i < opt->nkeep; i++) free(opt->keep[i]);
    free(opt->keep);
    opt->keep = NULL;
    opt->nkeep = 0;
}

static void usage(FILE *f) {
    fprintf(f,
            "Usage: whosaid [OPTIONS] [FILE...]\n"
            "Finds the quotations in news text and writes one JSON line per quotation: the quote,\n"
            "who said it, their role, the cue and where it stands. With no FILE, or with -, reads\n"
            "standard input. Each plain-text FILE is one document, its id the path as given.\n"
            "Input compressed with gzip, zstd or xz is read decompressed (known by its content).\n"
            "\n"
            "Input:\n"
            "  -J, --jsonl            input is JSON lines, one document per line (default: off,\n"
            "                         each FILE is one plain-text document)\n"
            "      --text-field NAME  the field holding the text (default: text)\n"
            "      --id-field NAME    the field holding the document id (default: id;\n"
            "                         a line without one gets \"FILE:LINE\")\n"
            "      --keep A,B         copy these document fields into every record, after the\n"
            "                         record's own fields; a missing field is null (default: none)\n"
            "      --html             read documents as HTML: the text of the body, block elements\n"
            "                         as paragraph breaks, character references decoded; offsets\n"
            "                         point into the HTML as given, quote is the decoded text\n"
            "                         (default: only documents that start with <!DOCTYPE html or\n"
            "                         <html, and with -J texts that are mostly markup)\n"
            "      --html-entities    decode character references (&ldquo; &#8220; &quot;) in text\n"
            "                         that is not HTML; offsets still point into the input\n"
            "                         (default: off)\n"
            "      --max-doc-bytes N  skip, with a message, documents larger than N bytes (also\n"
            "                         once decompressed); N may end in K, M, G (powers of 1024)\n"
            "                         or KB, MB, GB (of 1000) (default: 64M)\n"
            "      --lang LANG        read every document as en, fr, de or es, or und (quotation\n"
            "                         marks only) (default: found for each document)\n"
            "      --lang-field NAME  with -J, the field naming each document's language (\"fr\",\n"
            "                         \"fr-CA\"); one without rules reads as und, a missing one is\n"
            "                         found (default: none)\n"
            "Output:\n"
            "  -f, --format FMT       jsonl or tsv (default: jsonl); tsv has a header line, null\n"
            "                         as an empty cell, and tab, newline, CR and backslash as\n"
            "                         \\t \\n \\r \\\\\n"
            "  -t, --types LIST       kinds to write: direct, mixed, indirect, partial, scare, title or all\n"
            "                         (default: direct,mixed,indirect)\n"
            "      --trace            instead of records, show what each stage saw in each\n"
            "                         document (default: off)\n"
            "      --progress         show a progress line on stderr: documents, MB, MB/s,\n"
            "                         percent and time left (default: when stderr is a terminal,\n"
            "                         stdout is not, and the size of the input is known)\n"
            "      --no-progress      never show it (default: off)\n"
            "Processing:\n"
            "  -j, --jobs N           worker threads; output is in input order whatever N is\n"
            "                         (default: 1; 0 means one per processor)\n"
            "      --rules DIR        read rule files from DIR (default: the built-in rules)\n"
            "  -h, --help             show this help and exit\n"
            "  -V, --version          show the version and exit\n"
            "\n"
            "Exit status: 0 all input read; 1 some input could not be read or was skipped (each\n"
            "case reported on stderr as FILE:LINE: reason); 2 bad usage.\n"
            "Output is flushed before whosaid waits for more input and at least every %d\n"
            "documents; a closed output ends the run with status 0.\n"
            "See whosaid(1) for the record fields, TSV columns and input formats.\n",
            BATCH_ITEMS);
}

static int bad_usage(const char *fmt, const char *what) {
    fputs("whosaid: ", stderr);
    fprintf(stderr, fmt, what);
    fputs("\nTry 'whosaid --help'.\n", stderr);
    return EXIT_USAGE;
}

/* Adds the names of a --keep list to items: spaces around a name are not part of it, empty
 * names and repeats are skipped. */
static int split_list(const char *s, char ***items, size_t *n) {
    while (*s) {
        size_t len = strcspn(s, ",");
        const char *name = s;
        size_t k = len;
        while (k && (*name == ' ' || *name == '\t')) name++, k--;
        while (k && (name[k - 1] == ' ' || name[k - 1] == '\t')) k--;
        int seen = !k;
        for (size_t i = 0; i < *n && !seen; i++) seen = strlen((*items)[i]) == k && !strncmp((*items)[i], name, k);
        if (!seen) {
            char **p = realloc(*items, (*n + 1) * sizeof *p);
            if (!p) return -1;
            *items = p;
            if (!(p[*n] = strndup(name, k))) return -1;
            (*n)++;
        }
        s += len;
        if (*s == ',') s++;
    }
    return 0;
}

int parse_size(const char *s, unsigned long long *out) {
    if (!(*s >= '0' && *s <= '9')) return -1;
    errno = 0;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno) return -1;
    static const char units[] = "KMGT";
    const char *u = *end ? strchr(units, end[0] & ~0x20) : NULL;
    if (*end && !u) return -1;
    if (u) {
        /* K and KiB are 1024, KB 1000 */
        const char *rest = end + 1;
        unsigned long long base = !strcmp(rest, "B") ? 1000 : (!*rest || !strcmp(rest, "iB")) ? 1024 : 0;
        if (!base) return -1;
        for (const char *p = units; p <= u; p++) {
            if (v > ~0ULL / base) return -1;
            v *= base;
        }
    }
    *out = v;
    return 0;
}

/* getopt_long did not understand an option: say which and where to look. A long option
 * leaves itself at argv[optind - 1] (optopt 0, or its own value when given a value it does not
 * take); a short one is optopt, possibly inside a cluster such as -Jx. */
static int unknown_option(char **argv, int optopt_char, const struct option *longopts) {
    const char *arg = optind > 0 ? argv[optind - 1] : "";
    if (arg[0] == '-' && arg[1] == '-') {
        size_t n = strcspn(arg + 2, "=");
        for (const struct option *o = longopts; o->name; o++) {
            if (arg[2 + n] == '=' && o->has_arg == no_argument && strlen(o->name) == n && !strncmp(o->name, arg + 2, n)) {
                fprintf(stderr, "whosaid: option '--%s' takes no value\nTry 'whosaid --help'.\n", o->name);
                return EXIT_USAGE;
            }
        }
        if (!optopt_char) {
            char names[512] = "";
            size_t matches = 0;
            for (const struct option *o = longopts; o->name; o++) {
                if (strncmp(o->name, arg + 2, n)) continue;
                size_t used = strlen(names);
                snprintf(names + used, sizeof names - used, "%s--%s", matches++ ? ", " : "", o->name);
            }
            if (matches > 1) {
                fprintf(stderr, "whosaid: option '%s' is ambiguous: %s\nTry 'whosaid --help'.\n", arg, names);
                return EXIT_USAGE;
            }
            return bad_usage("unknown option '%s'", arg);
        }
    }
    char shortopt[3] = {'-', (char)optopt_char, 0};
    return bad_usage("unknown option '%s'", shortopt);
}

static int parse_jobs(const char *arg, long *jobs) {
    char *end;
    errno = 0;
    *jobs = strtol(arg, &end, 10);
    if (errno || end == arg || *end || *jobs < 0 || *jobs > MAX_JOBS) {
        fprintf(stderr, "whosaid: --jobs takes a number from 0 to %d, not '%s'\nTry 'whosaid --help'.\n", MAX_JOBS,
                arg);
        return EXIT_USAGE;
    }
    if (*jobs == 0) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        *jobs = n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : n;
    }
    return 0;
}

int options_parse(int argc, char **argv, options *opt, int *first_file) {
    enum {
        OPT_TEXT_FIELD = 256, OPT_ID_FIELD, OPT_KEEP, OPT_RULES, OPT_MAX_DOC, OPT_TRACE, OPT_HTML, OPT_HTML_ENTITIES,
        OPT_PROGRESS, OPT_NO_PROGRESS, OPT_LANG, OPT_LANG_FIELD
    };
    static const struct option longopts[] = {
        {"jsonl", no_argument, 0, 'J'},
        {"text-field", required_argument, 0, OPT_TEXT_FIELD},
        {"id-field", required_argument, 0, OPT_ID_FIELD},
        {"keep", required_argument, 0, OPT_KEEP},
        {"html", no_argument, 0, OPT_HTML},
        {"html-entities", no_argument, 0, OPT_HTML_ENTITIES},
        {"lang", required_argument, 0, OPT_LANG},
        {"lang-field", required_argument, 0, OPT_LANG_FIELD},
        {"format", required_argument, 0, 'f'},
        {"types", required_argument, 0, 't'},
        {"rules", required_argument, 0, OPT_RULES},
        {"jobs", required_argument, 0, 'j'},
        {"max-doc-bytes", required_argument, 0, OPT_MAX_DOC},
        {"trace", no_argument, 0, OPT_TRACE},
        {"progress", no_argument, 0, OPT_PROGRESS},
        {"no-progress", no_argument, 0, OPT_NO_PROGRESS},
        {"help", no_argument, 0, 'h'},
        {"version", no_argument, 0, 'V'},
        {0, 0, 0, 0},
    };
    opterr = 0; /* our own messages: getopt's name the program by its path */
    int c;
    while ((c = getopt_long(argc, argv, ":Jf:t:j:hV", longopts, NULL)) != -1) {
        int rc = 0;
        switch (c) {
        case 'J': opt->jsonl = 1; break;
        case OPT_TEXT_FIELD: opt->text_field = optarg; break;
        case OPT_ID_FIELD: opt->id_field = optarg; break;
        case OPT_KEEP:
            if (split_list(optarg, &opt->keep, &opt->nkeep) != 0) {
                fprintf(stderr, "whosaid: out of memory\n");
                return EXIT_SOME_SKIPPED;
            }
            break;
        case OPT_HTML: opt->html = 1; break;
        case OPT_HTML_ENTITIES: opt->html_entities = 1; break;
        case OPT_LANG: opt->lang = optarg; break;
        case OPT_LANG_FIELD: opt->lang_field = optarg; break;
        case 'f':
            if (!strcmp(optarg, "jsonl")) opt->tsv = 0;
            else if (!strcmp(optarg, "tsv")) opt->tsv = 1;
            else rc = bad_usage("--format must be jsonl or tsv, not '%s'", optarg);
            break;
        case 't':
            if (whosaid_parse_types(optarg, &opt->types) != WHOSAID_OK)
                rc = bad_usage("--types takes a list of direct, mixed, indirect, partial, scare, title, all; not '%s'",
                               optarg);
            break;
        case OPT_RULES: opt->rules_dir = optarg; break;
        case OPT_TRACE: opt->trace = 1; break;
        case OPT_PROGRESS: opt->progress = PROGRESS_ON; break;
        case OPT_NO_PROGRESS: opt->progress = PROGRESS_OFF; break;
        case 'j': rc = parse_jobs(optarg, &opt->jobs); break;
        case OPT_MAX_DOC: {
            unsigned long long v;
            /* the library takes documents under 4 GiB (its offsets are 32 bits) */
            if (parse_size(optarg, &v) != 0 || !v || v > UINT32_MAX)
                rc = bad_usage("--max-doc-bytes takes a size from 1 to 4294967295 bytes such as 1000000, 100M, 2G "
                               "or 64MiB; not '%s'",
                               optarg);
            else opt->max_doc_bytes = (size_t)v;
            break;
        }
        case 'h': usage(stdout); return -1;
        case 'V': printf("whosaid %s\n", WHOSAID_VERSION); return -1;
        case ':': return bad_usage("option '%s' needs a value", argv[optind - 1]);
        default: return unknown_option(argv, optopt, longopts);
        }
        if (rc) return rc;
    }
    for (size_t i = 0; i < opt->nkeep; i++) {
        if (emit_is_record_field(opt->keep[i])) {
            fprintf(stderr, "whosaid: --keep %s: every record has a field of that name already\n", opt->keep[i]);
            return EXIT_USAGE;
        }
    }
    if (opt->lang_field && !opt->jsonl) {
        fprintf(stderr, "whosaid: --lang-field %s reads a field of JSON lines: add -J (or use --lang)\n", opt->lang_field);
        return EXIT_USAGE;
    }
    /* the fields a JSON line is read for: the kept ones, and the language's */
    opt->parse_keep = malloc((opt->nkeep + 1) * sizeof *opt->parse_keep);
    if (!opt->parse_keep) {
        fprintf(stderr, "whosaid: out of memory\n");
        return EXIT_SOME_SKIPPED;
    }
    for (size_t i = 0; i < opt->nkeep; i++) opt->parse_keep[opt->nparse_keep++] = opt->keep[i];
    int kept = 0;
    for (size_t i = 0; opt->lang_field && i < opt->nkeep; i++) kept |= !strcmp(opt->keep[i], opt->lang_field);
    if (opt->lang_field && !kept) opt->parse_keep[opt->nparse_keep++] = (char *)opt->lang_field;
    *first_file = optind;
    return 0;
}
