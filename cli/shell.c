/* shell.c: quoting a word for the shell. */
#include "shell.h"

#include <string.h>

void shell_word(const char *s, char *out, size_t n) {
    if (!n) return;
    static const char plain[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./-+,:=@%";
    size_t k = 0;
    if (*s && strspn(s, plain) == strlen(s)) {
        while (*s && k + 1 < n) out[k++] = *s++;
    } else {
        /* '...' with each ' written as '\'' */
        if (k + 1 < n) out[k++] = '\'';
        for (; *s && k + 5 < n; s++) {
            if (*s == '\'') {
                memcpy(out + k, "'\\''", 4);
                k += 4;
            } else {
                out[k++] = *s;
            }
        }
        if (k + 1 < n) out[k++] = '\'';
    }
    out[k] = '\0';
}
