/* quotes.h: quotation spans, paired from their marks, and whether they report speech. */
#ifndef WHOSAID_QUOTES_H
#define WHOSAID_QUOTES_H

#include "buf.h"
#include "document.h"
#include "rules.h"
#include "segment.h"

typedef struct {
    size_t open;      /* byte offset of the opening mark */
    size_t start;     /* first byte of the quoted words */
    size_t end;       /* one past the last quoted byte (the closing mark starts here) */
    size_t close_end; /* one past the closing mark; == end when unclosed */
    int closed;
    unsigned type;    /* WHOSAID_DIRECT, WHOSAID_SCARE or WHOSAID_TITLE */
    size_t sent, para;         /* where it opens */
    size_t end_sent, end_para; /* where it closes */
} quote;

typedef VEC(quote) quote_vec;

/* Finds every top-level quotation (nested ones stay inside their outer quotation). */
int find_quotes(const document *d, const whosaid_rules *r, const segments *seg, quote_vec *out);

#endif
