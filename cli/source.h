/* source.h: the bytes of one input (a file, standard input, a memory stream), decompressed when
 * its first bytes are those of gzip, zstd or xz, whatever its name. A pipe is read as it comes:
 * only as many bytes as tell a compression apart are waited for before the first byte is
 * given (none once a byte is seen that starts no magic). */
#ifndef WHOSAID_SOURCE_H
#define WHOSAID_SOURCE_H

#include <stdio.h>

#include "decompress.h"

typedef struct {
    FILE *f;          /* read through its descriptor (stdio when it has none, as fmemopen) */
    const char *name; /* for messages */
    /* bytes read from f and not yet used: the first bytes while the format is told, then
     * compressed input */
    unsigned char *raw;
    size_t raw_pos, raw_len;
    int raw_eof;
    int sniffed;
    enum codec codec;
    decompressor *dec;
    int done;
    unsigned long long raw_read; /* bytes read from f so far (compressed bytes, if it is) */
    char error[320];             /* why the last read failed */
} source;

/* Initialise with source_init before use. */
void source_init(source *s, FILE *f, const char *name);
/* Reads up to cap bytes of the input, decompressed: the number read, 0 at the end, or -1 on an
 * error (a read error, corrupt or truncated compressed data, a compression whosaid does not
 * read), with the reason in s->error and the end of the input taken as reached. */
long source_read(source *s, char *dst, size_t cap);
/* Whether the next read may wait for input: nothing read and unused, and the descriptor has
 * nothing ready (a pipe whose writer is slow; never a file). */
int source_may_wait(const source *s);
/* "gzip", "zstd", "xz", or NULL for input that is not compressed (known after the first read). */
const char *source_compression(const source *s);
void source_free(source *s);

#endif
