/* decompress.c: the three codecs whosaid reads, each a few calls of its Debian library (zlib,
 * libzstd, liblzma) behind decompress.h; and the magic bytes that tell them, and the
 * compressions it does not read, apart. */
#include "decompress.h"

#include <lzma.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

/* liblzma's memory for one xz stream: xz -9 needs 65 MiB, so this leaves room for any usual
 * setting and stops a stream that asks for gigabytes. (zstd's own default limit, a 128 MiB
 * window, does the same for zstd.) */
#define XZ_MEMLIMIT ((uint64_t)256 << 20)

static const struct {
    enum codec codec;
    const char *name;
    const char *magic;
    size_t len;
} codecs[] = {
    {CODEC_GZIP, "gzip", "\x1f\x8b", 2},
    {CODEC_ZSTD, "zstd", "\x28\xb5\x2f\xfd", 4},
    {CODEC_XZ, "xz", "\xfd" "7zXZ\0", 6},
};
#define NCODECS (sizeof codecs / sizeof *codecs)

/* 1 when p[0, n) starts with magic; 0 when it cannot; -1 when it is a proper prefix of it. */
static int starts_with(const unsigned char *p, size_t n, const char *magic, size_t len) {
    size_t k = n < len ? n : len;
    if (memcmp(p, magic, k)) return 0;
    return n >= len ? 1 : -1;
}

enum codec codec_of(const unsigned char *p, size_t n, int *need) {
    *need = 0;
    for (size_t i = 0; i < NCODECS; i++) {
        int m = starts_with(p, n, codecs[i].magic, codecs[i].len);
        if (m > 0) return codecs[i].codec;
        if (m < 0) *need = 1;
    }
    return CODEC_NONE;
}

const char *codec_name(enum codec c) {
    for (size_t i = 0; i < NCODECS; i++)
        if (codecs[i].codec == c) return codecs[i].name;
    return "plain";
}

const char *unread_compression(const unsigned char *p, size_t n, const char **recipe, int *need) {
    /* bzip2: "BZh", the block size 1-9, then a block's or the end's magic (pi or sqrt(pi)) */
    static const char *const bzip2[] = {"BZh?1AY&SY", "BZh?\x17rE8P\x90"};
    *need = 0;
    for (size_t i = 0; i < 2; i++) {
        size_t k = 0;
        while (k < n && k < 10 && (bzip2[i][k] == '?' ? p[k] >= '1' && p[k] <= '9' : p[k] == (unsigned char)bzip2[i][k])) k++;
        if (k == 10) {
            *recipe = "bzcat FILE | whosaid";
            return "bzip2";
        }
        if (k == n) *need = 1;
    }
    int m = starts_with(p, n, "PK\x03\x04", 4);
    if (m > 0) {
        *recipe = "unzip -p FILE | whosaid";
        return "a zip archive";
    }
    if (m < 0) *need = 1;
    return NULL;
}

struct decompressor {
    enum codec codec;
    int started;  /* some input went in */
    int between;  /* gzip: a member ended, the next (if any) is to start */
    int ended;    /* xz: the stream (and any after it) ended whole */
    int pending;  /* the last run filled the output: the decoder may hold more */
    size_t zstd_left; /* zstd: what the last call said was left of its frame (0: whole) */
    z_stream z;
    ZSTD_DStream *zs;
    lzma_stream x;
};

decompressor *decompressor_new(enum codec c) {
    decompressor *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    d->codec = c;
    int ok = 0;
    switch (c) {
    case CODEC_GZIP: ok = inflateInit2(&d->z, 16 + MAX_WBITS) == Z_OK; break; /* gzip only, not zlib */
    case CODEC_ZSTD: ok = (d->zs = ZSTD_createDStream()) && !ZSTD_isError(ZSTD_initDStream(d->zs)); break;
    case CODEC_XZ: {
        lzma_stream init = LZMA_STREAM_INIT;
        d->x = init;
        ok = lzma_stream_decoder(&d->x, XZ_MEMLIMIT, LZMA_CONCATENATED) == LZMA_OK;
        break;
    }
    default: break;
    }
    if (!ok) {
        decompressor_free(d);
        return NULL;
    }
    return d;
}

void decompressor_free(decompressor *d) {
    if (!d) return;
    if (d->codec == CODEC_GZIP) inflateEnd(&d->z);
    if (d->zs) ZSTD_freeDStream(d->zs);
    if (d->codec == CODEC_XZ) lzma_end(&d->x);
    free(d);
}

static int fail(char *err, size_t errlen, const char *fmt, const char *what) {
    snprintf(err, errlen, fmt, what);
    return DECOMPRESS_ERROR;
}

static int run_gzip(decompressor *d, const unsigned char *in, size_t in_len, size_t *in_pos, unsigned char *out,
                    size_t out_cap, size_t *out_pos, char *err, size_t errlen) {
    while (*out_pos < out_cap) {
        if (d->between) {
            size_t left = in_len - *in_pos;
            if (!left) break;
            if (in[*in_pos] != 0x1f || (left > 1 && in[*in_pos + 1] != 0x8b))
                return fail(err, errlen, "%s", "data after the end of the gzip stream that is not gzip");
            if (left < 2) break; /* the next member's magic, split across reads */
            inflateReset(&d->z);
            d->between = 0;
        }
        d->z.next_in = (unsigned char *)in + *in_pos;
        d->z.avail_in = (uInt)(in_len - *in_pos > 1u << 30 ? 1u << 30 : in_len - *in_pos);
        d->z.next_out = out + *out_pos;
        d->z.avail_out = (uInt)(out_cap - *out_pos > 1u << 30 ? 1u << 30 : out_cap - *out_pos);
        size_t before_in = d->z.avail_in, before_out = d->z.avail_out;
        int rc = inflate(&d->z, Z_NO_FLUSH);
        *in_pos += before_in - d->z.avail_in;
        *out_pos += before_out - d->z.avail_out;
        d->started = 1;
        if (rc == Z_STREAM_END) {
            d->between = 1;
            continue;
        }
        if (rc == Z_BUF_ERROR) break; /* no progress: it needs more input */
        if (rc != Z_OK) return fail(err, errlen, "corrupt gzip data (%s)", d->z.msg ? d->z.msg : "zlib error");
        if (before_in == d->z.avail_in && before_out == d->z.avail_out) break;
    }
    return DECOMPRESS_OK;
}

static int run_zstd(decompressor *d, const unsigned char *in, size_t in_len, size_t *in_pos, unsigned char *out,
                    size_t out_cap, size_t *out_pos, char *err, size_t errlen) {
    for (;;) {
        ZSTD_inBuffer ib = {in, in_len, *in_pos};
        ZSTD_outBuffer ob = {out, out_cap, *out_pos};
        size_t r = ZSTD_decompressStream(d->zs, &ob, &ib);
        int progress = ib.pos != *in_pos || ob.pos != *out_pos;
        *in_pos = ib.pos;
        *out_pos = ob.pos;
        d->started = 1;
        if (ZSTD_isError(r)) {
            if (ZSTD_getErrorCode(r) == ZSTD_error_frameParameter_windowTooLarge)
                return fail(err, errlen, "%s", "zstd data that needs a window of more than 128 MiB (zstd --long): "
                                               "decompress it first: zstd -dc --long=31 FILE | whosaid");
            return fail(err, errlen, "corrupt zstd data (%s)", ZSTD_getErrorName(r));
        }
        if (!progress) break; /* (a call that did nothing says what a new frame would need) */
        d->zstd_left = r;
        if (ob.pos == ob.size) break;
    }
    return DECOMPRESS_OK;
}

static int run_xz(decompressor *d, const unsigned char *in, size_t in_len, size_t *in_pos, unsigned char *out,
                  size_t out_cap, size_t *out_pos, int input_ended, char *err, size_t errlen) {
    while (!d->ended && *out_pos < out_cap) {
        d->x.next_in = in + *in_pos;
        d->x.avail_in = in_len - *in_pos;
        d->x.next_out = out + *out_pos;
        d->x.avail_out = out_cap - *out_pos;
        lzma_ret rc = lzma_code(&d->x, input_ended ? LZMA_FINISH : LZMA_RUN);
        size_t used = (in_len - *in_pos) - d->x.avail_in, made = (out_cap - *out_pos) - d->x.avail_out;
        *in_pos += used;
        *out_pos += made;
        d->started = 1;
        if (rc == LZMA_STREAM_END) d->ended = 1;
        else if (rc == LZMA_MEMLIMIT_ERROR)
            return fail(err, errlen, "%s", "xz data that needs more than 256 MiB of memory to decompress: "
                                           "decompress it first: xz -dc FILE | whosaid");
        else if (rc == LZMA_BUF_ERROR && input_ended) return fail(err, errlen, "%s", "the xz data is truncated");
        else if (rc != LZMA_OK && rc != LZMA_BUF_ERROR)
            return fail(err, errlen, "corrupt xz data (%s)",
                        rc == LZMA_FORMAT_ERROR ? "not xz" : rc == LZMA_OPTIONS_ERROR ? "unsupported options" : "bad data");
        if (!used && !made) break;
    }
    return DECOMPRESS_OK;
}

int decompressor_run(decompressor *d, const unsigned char *in, size_t in_len, size_t *in_pos, unsigned char *out,
                     size_t out_cap, size_t *out_pos, int input_ended, char *err, size_t errlen) {
    size_t out_before = *out_pos;
    int rc;
    switch (d->codec) {
    case CODEC_GZIP: rc = run_gzip(d, in, in_len, in_pos, out, out_cap, out_pos, err, errlen); break;
    case CODEC_ZSTD: rc = run_zstd(d, in, in_len, in_pos, out, out_cap, out_pos, err, errlen); break;
    case CODEC_XZ: rc = run_xz(d, in, in_len, in_pos, out, out_cap, out_pos, input_ended, err, errlen); break;
    default: return fail(err, errlen, "%s", "no such codec");
    }
    d->pending = *out_pos == out_cap && *out_pos > out_before;
    return rc;
}

int decompressor_pending(const decompressor *d) { return d->pending; }

int decompressor_finish(decompressor *d, char *err, size_t errlen) {
    int whole = d->codec == CODEC_GZIP ? d->between : d->codec == CODEC_ZSTD ? d->started && !d->zstd_left : d->ended;
    if (!whole) return fail(err, errlen, "the %s data is truncated", codec_name(d->codec));
    return DECOMPRESS_OK;
}
