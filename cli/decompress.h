/* decompress.h: gzip (zlib), zstd (libzstd) and xz (liblzma) behind one streaming interface, so
 * that the reader takes any of them by the same path. Output comes a block at a time, so
 * memory does not grow with what a stream decompresses to: the reader's own limits (a
 * document's, a line's) decide what is kept. */
#ifndef WHOSAID_DECOMPRESS_H
#define WHOSAID_DECOMPRESS_H

#include <stddef.h>

enum codec { CODEC_NONE, CODEC_GZIP, CODEC_ZSTD, CODEC_XZ };

/* The codec whose magic bytes start p[0, n): CODEC_NONE when none does. *need is set when p is
 * a proper prefix of a magic (more bytes would tell). */
enum codec codec_of(const unsigned char *p, size_t n, int *need);
/* "gzip", "zstd", "xz". */
const char *codec_name(enum codec c);
/* A compression whosaid does not read (bzip2, a zip archive) and the command that reads it;
 * NULL when p[0, n) starts with neither, *need set as for codec_of. */
const char *unread_compression(const unsigned char *p, size_t n, const char **recipe, int *need);

typedef struct decompressor decompressor;

/* NULL when memory is short. */
decompressor *decompressor_new(enum codec c);
void decompressor_free(decompressor *d);

enum { DECOMPRESS_OK = 0, DECOMPRESS_ERROR = -1 };

/* Decompresses in[*in_pos, in_len) into out[*out_pos, out_cap), advancing both positions.
 * Several gzip members, zstd frames or xz streams one after another are one stream, as zcat
 * reads them. input_ended: no input will follow in[in_len). Returns DECOMPRESS_OK (it may have consumed or produced nothing when it needs
 * more input), or DECOMPRESS_ERROR with a message in err (corrupt data, data after the end
 * that is not another member, or a stream needing more memory than allowed). */
int decompressor_run(decompressor *d, const unsigned char *in, size_t in_len, size_t *in_pos, unsigned char *out,
                     size_t out_cap, size_t *out_pos, int input_ended, char *err, size_t errlen);
/* Whether the decoder may hold output it has not yet given (call run again before reading
 * more input). */
int decompressor_pending(const decompressor *d);
/* At the end of the input: DECOMPRESS_OK when the stream ended whole, else DECOMPRESS_ERROR
 * with a message (a truncated file). */
int decompressor_finish(decompressor *d, char *err, size_t errlen);

#endif
