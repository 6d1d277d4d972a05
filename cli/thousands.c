/* thousands.c: digits grouped by three. */
#include "thousands.h"

#include <stdio.h>

void thousands(unsigned long long n, char *out, size_t size) {
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%llu", n);
    size_t k = 0;
    for (int i = 0; i < len && k + 2 < size; i++) {
        if (i && (len - i) % 3 == 0) out[k++] = ',';
        out[k++] = digits[i];
    }
    if (size) out[k] = '\0';
}
