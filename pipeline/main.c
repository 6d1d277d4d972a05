/* main.c: the whosaid command line (see whosaid --help and contract.md). */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "emit.h"
#include "reader.h"
#include "whosaid.h"

enum exit_status { EXIT_ALL_READ = 0, EXIT_SOME_SKIPPED = 1, EXIT_USAGE = 2 };

#define DEFAULT_MAX_DOC_BYTES ((size_t)64 << 20)

typedef struct {
    int jsonl;
    const char *text_field, *id_field;
    char **keep;
    size_t nkeep;
    int tsv;
    unsigned types;
    const char *rules_dir;
    long jobs;
    size_t max_doc_bytes;
    int trace;
} options;

typedef struct {
    const options *opt;
    whosaid *ws;
    buf out;
    json_t *doc_id, *keep;
    int status;
    int broken_pipe;
} run;

static void usage(FILE *f) {
    fputs("Usage: whosaid [OPTIONS] [FILE...]\n"
          "Finds the quotations in news text and writes one JSON line per quotation: the quote,\n"
          "who said it, their role, the cue and where it stands. With no FILE, or with -, reads\n"
          "standard input. Each plain-text FILE is one document, its id the path as given.\n"
          "\n"
          "  -J, --jsonl            input is JSON lines, one document per line (default: plain text)\n"
          "      --text-field NAME  the field holding the text (default: text)\n"
          "      --id-field NAME    the field holding the document id (default: id;\n"
          "                         a line without one gets \"FILE:LINE\")\n"
          "      --keep A,B         copy these document fields into every record (default: none)\n"
          "  -f, --format FMT       jsonl or tsv (default: jsonl); tsv has a header line and\n"
          "                         escapes tab, newline, CR and backslash as \\t \\n \\r \\\\\n"
          "  -t, --types LIST       kinds to write: direct, scare, title or all (default: direct)\n"
          "      --rules DIR        read rule files from DIR instead of the built-in ones\n"
          "  -j, --jobs N           worker threads (default: 1)\n"
          "      --max-doc-bytes N  skip, with a message, documents larger than N bytes\n"
          "                         (default: 67108864)\n"
          "      --trace            instead of records, show what each stage saw in each\n"
          "                         document (sentences, people, quotations, cues)\n"
          "  -h, --help             show this help and exit\n"
          "  -V, --version          show the version and exit\n"
          "\n"
          "Exit status: 0 all input read; 1 some input could not be read or was skipped (each\n"
          "case reported on stderr as FILE:LINE: reason); 2 bad usage.\n",
          f);
}

static int parse_types(const char *s, unsigned *types) {
    *types = 0;
    while (*s) {
        size_t n = strcspn(s, ",");
        if (n == 6 && !strncmp(s, "direct", n)) *types |= WHOSAID_DIRECT;
        else if (n == 5 && !strncmp(s, "scare", n)) *types |= WHOSAID_SCARE;
        else if (n == 5 && !strncmp(s, "title", n)) *types |= WHOSAID_TITLE;
        else if (n == 3 && !strncmp(s, "all", n)) *types |= WHOSAID_ALL_TYPES;
        else return -1;
        s += n;
        if (*s == ',') s++;
    }
    return *types ? 0 : -1;
}

static int split_list(const char *s, char ***items, size_t *n) {
    *n = 0;
    *items = NULL;
    while (*s) {
        size_t len = strcspn(s, ",");
        if (len) {
            char **p = realloc(*items, (*n + 1) * sizeof *p);
            if (!p) return -1;
            *items = p;
            if (!(p[*n] = strndup(s, len))) return -1;
            (*n)++;
        }
        s += len;
        if (*s == ',') s++;
    }
    return 0;
}

/* Writes what has been gathered; a closed pipe ends the run quietly. */
static void flush_out(run *ru) {
    if (!ru->out.len || ru->broken_pipe) {
        ru->out.len = 0;
        return;
    }
    size_t want = ru->out.len;
    ru->out.len = 0;
    errno = 0;
    if (fwrite(ru->out.data, 1, want, stdout) < want || fflush(stdout) != 0) {
        if (errno == EPIPE) ru->broken_pipe = 1;
        else {
            fprintf(stderr, "whosaid: cannot write the output: %s\n", strerror(errno));
            exit(EXIT_SOME_SKIPPED);
        }
    }
}

static int on_record(const whosaid_record *rec, void *user) {
    run *ru = user;
    int rc = ru->opt->tsv ? emit_tsv(&ru->out, rec, ru->doc_id, ru->keep, (const char *const *)ru->opt->keep, ru->opt->nkeep)
                          : emit_jsonl(&ru->out, rec, ru->doc_id, ru->keep);
    return rc != 0;
}

static void process_doc(run *ru, const char *text, size_t len, const char *file, size_t line) {
    if (ru->opt->trace) {
        fflush(stdout);
        whosaid_trace(ru->ws, text, len, stdout);
        fflush(stdout);
        return;
    }
    size_t mark = ru->out.len;
    int rc = whosaid_process(ru->ws, text, len, ru->opt->types, on_record, ru);
    if (rc != WHOSAID_OK) {
        ru->out.len = mark; /* never half a document */
        if (line) fprintf(stderr, "%s:%zu: skipped: %s\n", file, line, whosaid_strerror(rc));
        else fprintf(stderr, "%s: skipped: %s\n", file, whosaid_strerror(rc));
        ru->status = EXIT_SOME_SKIPPED;
    }
    flush_out(ru);
}

static void process_plain(run *ru, FILE *f, const char *name) {
    buf text = {0};
    int rc = read_all(f, &text, ru->opt->max_doc_bytes);
    if (rc == -2) {
        fprintf(stderr, "%s: skipped: larger than --max-doc-bytes (%zu)\n", name, ru->opt->max_doc_bytes);
        ru->status = EXIT_SOME_SKIPPED;
    } else if (rc != 0) {
        fprintf(stderr, "%s: %s\n", name, strerror(errno));
        ru->status = EXIT_SOME_SKIPPED;
    } else {
        ru->doc_id = json_string(name);
        if (!ru->doc_id) ru->doc_id = json_stringn("?", 1);
        ru->keep = NULL;
        process_doc(ru, text.data, text.len, name, 0);
        json_decref(ru->doc_id);
        ru->doc_id = NULL;
    }
    buf_free(&text);
}

static void process_jsonl(run *ru, FILE *f, const char *name) {
    line_reader lr = {f, name, 0, NULL, 0, 0, 0};
    jsonl_options jo = {ru->opt->text_field, ru->opt->id_field, (const char *const *)ru->opt->keep, ru->opt->nkeep,
                        ru->opt->max_doc_bytes};
    char err[512];
    jsonl_doc doc;
    int rc = 0;
    while (!ru->broken_pipe && (rc = jsonl_next(&lr, &jo, &doc, err, sizeof err)) > 0) {
        if (rc == 2) {
            fprintf(stderr, "%s:%zu: skipped: %s\n", name, lr.line, err);
            ru->status = EXIT_SOME_SKIPPED;
            continue;
        }
        ru->doc_id = doc.id;
        ru->keep = doc.keep;
        process_doc(ru, doc.text, doc.len, name, lr.line);
        ru->doc_id = ru->keep = NULL;
        jsonl_doc_free(&doc);
    }
    if (!ru->broken_pipe && rc < 0) {
        fprintf(stderr, "%s:%zu: %s\n", name, lr.line + 1, strerror(errno));
        ru->status = EXIT_SOME_SKIPPED;
    }
    line_reader_free(&lr);
}

int main(int argc, char **argv) {
    options opt = {0, "text", "id", NULL, 0, 0, WHOSAID_DIRECT, NULL, 1, DEFAULT_MAX_DOC_BYTES, 0};
    enum { OPT_TEXT_FIELD = 256, OPT_ID_FIELD, OPT_KEEP, OPT_RULES, OPT_MAX_DOC, OPT_TRACE };
    static const struct option longopts[] = {
        {"jsonl", no_argument, 0, 'J'},
        {"text-field", required_argument, 0, OPT_TEXT_FIELD},
        {"id-field", required_argument, 0, OPT_ID_FIELD},
        {"keep", required_argument, 0, OPT_KEEP},
        {"format", required_argument, 0, 'f'},
        {"types", required_argument, 0, 't'},
        {"rules", required_argument, 0, OPT_RULES},
        {"jobs", required_argument, 0, 'j'},
        {"max-doc-bytes", required_argument, 0, OPT_MAX_DOC},
        {"trace", no_argument, 0, OPT_TRACE},
        {"help", no_argument, 0, 'h'},
        {"version", no_argument, 0, 'V'},
        {0, 0, 0, 0},
    };
    int c;
    while ((c = getopt_long(argc, argv, "Jf:t:j:hV", longopts, NULL)) != -1) {
        char *end;
        switch (c) {
        case 'J': opt.jsonl = 1; break;
        case OPT_TEXT_FIELD: opt.text_field = optarg; break;
        case OPT_ID_FIELD: opt.id_field = optarg; break;
        case OPT_KEEP:
            if (split_list(optarg, &opt.keep, &opt.nkeep) != 0) {
                fprintf(stderr, "whosaid: out of memory\n");
                return EXIT_SOME_SKIPPED;
            }
            break;
        case 'f':
            if (!strcmp(optarg, "jsonl")) opt.tsv = 0;
            else if (!strcmp(optarg, "tsv")) opt.tsv = 1;
            else {
                fprintf(stderr, "whosaid: --format must be jsonl or tsv, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 't':
            if (parse_types(optarg, &opt.types) != 0) {
                fprintf(stderr, "whosaid: --types takes a list of direct, scare, title, all; not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_RULES: opt.rules_dir = optarg; break;
        case OPT_TRACE: opt.trace = 1; break;
        case 'j':
            errno = 0;
            opt.jobs = strtol(optarg, &end, 10);
            if (errno || *end || opt.jobs < 1 || opt.jobs > 1024) {
                fprintf(stderr, "whosaid: --jobs takes a number from 1 to 1024, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case OPT_MAX_DOC: {
            errno = 0;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (errno || *end || !v || optarg[0] == '-') {
                fprintf(stderr, "whosaid: --max-doc-bytes takes a positive number, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            opt.max_doc_bytes = (size_t)v;
            break;
        }
        case 'h': usage(stdout); return EXIT_ALL_READ;
        case 'V': printf("whosaid %s\n", WHOSAID_VERSION); return EXIT_ALL_READ;
        default: usage(stderr); return EXIT_USAGE;
        }
    }
    signal(SIGPIPE, SIG_IGN); /* a closed pipe shows as EPIPE, which ends the run quietly */

    char err[1024] = "";
    whosaid_rules *rules = whosaid_rules_load(opt.rules_dir, err, sizeof err);
    if (!rules) {
        fprintf(stderr, "whosaid: %s\n", err);
        return EXIT_USAGE;
    }
    run ru = {&opt, whosaid_new(rules), {0}, NULL, NULL, EXIT_ALL_READ, 0};
    if (!ru.ws) {
        fprintf(stderr, "whosaid: out of memory\n");
        return EXIT_SOME_SKIPPED;
    }
    if (opt.tsv) {
        emit_tsv_header(&ru.out, (const char *const *)opt.keep, opt.nkeep);
        flush_out(&ru);
    }
    int nfiles = argc - optind;
    for (int i = 0; i < (nfiles ? nfiles : 1) && !ru.broken_pipe; i++) {
        const char *name = nfiles ? argv[optind + i] : "-";
        FILE *f = strcmp(name, "-") ? fopen(name, "rb") : stdin;
        if (!f) {
            fprintf(stderr, "%s: %s\n", name, strerror(errno));
            ru.status = EXIT_SOME_SKIPPED;
            continue;
        }
        if (opt.jsonl) process_jsonl(&ru, f, name);
        else process_plain(&ru, f, name);
        if (f != stdin) fclose(f);
    }
    whosaid_free(ru.ws);
    whosaid_rules_free(rules);
    buf_free(&ru.out);
    for (size_t i = 0; i < opt.nkeep; i++) free(opt.keep[i]);
    free(opt.keep);
    return ru.status;
}
