/* source.c: reading an input's bytes, telling a compression by its magic bytes, and handing on
 * the decompressed bytes (decompress.c does the decompressing). */
#include "source.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { RAW_BLOCK = 1 << 16, SNIFF_BYTES = 10 };

void source_init(source *s, FILE *f, const char *name) {
    memset(s, 0, sizeof *s);
    s->f = f;
    s->name = name;
}

static long fail(source *s, const char *reason) {
    snprintf(s->error, sizeof s->error, "%s", reason);
    s->done = 1;
    return -1;
}

/* Reads more of f after what raw holds: 1 with data, 0 at the end, -1 on an error. */
static int raw_fill(source *s) {
    if (!s->raw && !(s->raw = malloc(RAW_BLOCK))) {
        errno = ENOMEM;
        return -1;
    }
    if (s->raw_pos == s->raw_len) s->raw_pos = s->raw_len = 0;
    else if (s->raw_pos && s->raw_len == RAW_BLOCK) { /* make room at the end */
        memmove(s->raw, s->raw + s->raw_pos, s->raw_len - s->raw_pos);
        s->raw_len -= s->raw_pos;
        s->raw_pos = 0;
    }
    if (s->raw_eof) return 0;
    size_t room = RAW_BLOCK - s->raw_len;
    if (!room) {
        errno = EIO;
        return -1;
    }
    int fd = fileno(s->f);
    for (;;) {
        ssize_t n;
        if (fd < 0) { /* a stream with no descriptor (fmemopen): stdio it is */
            n = (ssize_t)fread(s->raw + s->raw_len, 1, room, s->f);
            if (!n && ferror(s->f)) {
                errno = EIO;
                return -1;
            }
        } else {
            n = read(fd, s->raw + s->raw_len, room);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return -1;
        }
        if (n == 0) {
            s->raw_eof = 1;
            return 0;
        }
        s->raw_len += (size_t)n;
        s->raw_read += (unsigned long long)n;
        return 1;
    }
}

static long system_error(source *s) {
    snprintf(s->error, sizeof s->error, "%s", strerror(errno));
    s->done = 1;
    return -1;
}

/* Reads the first bytes until they tell the format: as few as that takes, for a pipe. */
static long sniff(source *s) {
    for (;;) {
        const unsigned char *p = s->raw ? s->raw + s->raw_pos : NULL;
        size_t n = s->raw ? s->raw_len - s->raw_pos : 0;
        int need_codec = 0, need_other = 0;
        const char *recipe = NULL;
        enum codec c = n ? codec_of(p, n, &need_codec) : CODEC_NONE;
        const char *other = n && c == CODEC_NONE ? unread_compression(p, n, &recipe, &need_other) : NULL;
        if (other) {
            char reason[sizeof s->error];
            const char *file = strstr(recipe, "FILE");
            snprintf(reason, sizeof reason, "%s, which whosaid does not read (it reads gzip, zstd and xz): %.*s%s%s",
                     !strcmp(other, "bzip2") ? "compressed with bzip2" : other, (int)(file - recipe), recipe,
                     strcmp(s->name, "-") ? s->name : "FILE", file + 4);
            return fail(s, reason);
        }
        int told = c != CODEC_NONE || (!need_codec && !need_other) || n >= SNIFF_BYTES || s->raw_eof;
        if (told && (n || s->raw_eof)) {
            s->sniffed = 1;
            s->codec = c;
            if (c != CODEC_NONE && !(s->dec = decompressor_new(c))) {
                errno = ENOMEM;
                return system_error(s);
            }
            return 0;
        }
        if (raw_fill(s) < 0) return system_error(s);
    }
}

static long read_plain(source *s, char *dst, size_t cap) {
    if (s->raw_pos < s->raw_len) { /* the bytes read to tell the format */
        size_t n = s->raw_len - s->raw_pos < cap ? s->raw_len - s->raw_pos : cap;
        memcpy(dst, s->raw + s->raw_pos, n);
        s->raw_pos += n;
        return (long)n;
    }
    if (s->raw_eof) return 0;
    int fd = fileno(s->f);
    for (;;) {
        ssize_t n;
        if (fd < 0) {
            n = (ssize_t)fread(dst, 1, cap, s->f);
            if (!n && ferror(s->f)) {
                errno = EIO;
                return system_error(s);
            }
        } else {
            n = read(fd, dst, cap);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return system_error(s);
        }
        if (n == 0) s->raw_eof = 1;
        s->raw_read += (unsigned long long)n;
        return (long)n;
    }
}

static long read_compressed(source *s, char *dst, size_t cap) {
    for (;;) {
        size_t out = 0, before = s->raw_pos;
        if (decompressor_run(s->dec, s->raw, s->raw_len, &s->raw_pos, (unsigned char *)dst, cap, &out, s->raw_eof,
                             s->error, sizeof s->error) != DECOMPRESS_OK) {
            s->done = 1;
            return -1;
        }
        if (out) return (long)out;
        if (decompressor_pending(s->dec)) continue;
        if (s->raw_eof) {
            if (s->raw_pos < s->raw_len) {
                char reason[80];
                snprintf(reason, sizeof reason, "data after the end of the %s stream that is not %s",
                         codec_name(s->codec), codec_name(s->codec));
                return fail(s, reason);
            }
            if (decompressor_finish(s->dec, s->error, sizeof s->error) != DECOMPRESS_OK) {
                s->done = 1;
                return -1;
            }
            s->done = 1;
            return 0;
        }
        if (s->raw_pos == before || s->raw_pos == s->raw_len) {
            int rc = raw_fill(s);
            if (rc < 0) return system_error(s);
        }
    }
}

long source_read(source *s, char *dst, size_t cap) {
    if (s->done || !cap) return 0;
    if (!s->sniffed && sniff(s) < 0) return -1;
    return s->codec == CODEC_NONE ? read_plain(s, dst, cap) : read_compressed(s, dst, cap);
}

int source_may_wait(const source *s) {
    if (s->done || s->raw_eof || s->raw_pos < s->raw_len || (s->dec && decompressor_pending(s->dec))) return 0;
    int fd = fileno(s->f);
    if (fd < 0) return 0;
    struct pollfd p = {fd, POLLIN, 0};
    return poll(&p, 1, 0) == 0; /* nothing ready now (an error shows at the next read) */
}

const char *source_compression(const source *s) { return s->codec == CODEC_NONE ? NULL : codec_name(s->codec); }

void source_free(source *s) {
    decompressor_free(s->dec);
    free(s->raw);
    s->dec = NULL;
    s->raw = NULL;
}
