/* shell.h: a file name as the shell reads it, for the commands that messages suggest. */
#ifndef WHOSAID_SHELL_H
#define WHOSAID_SHELL_H

#include <stddef.h>

/* Writes s into out (size n, NUL-terminated, cut short if need be) as one shell word: as it is
 * when it holds only characters the shell leaves alone, else in single quotes. */
void shell_word(const char *s, char *out, size_t n);

#endif
