/* thousands.h: numbers as messages write them for people: 4,211. */
#ifndef WHOSAID_THOUSANDS_H
#define WHOSAID_THOUSANDS_H

#include <stddef.h>

/* Writes n into out (size bytes, NUL-terminated) with a comma every three digits. */
void thousands(unsigned long long n, char *out, size_t size);

#endif
