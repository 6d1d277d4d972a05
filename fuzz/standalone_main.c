/* standalone_main.c: runs a harness without libFuzzer: over each FILE given (a regression
 * replay, as the test suite does), or, built with afl-clang-fast, as an AFL++ target
 * (persistent mode when no FILE is given: afl-fuzz ... -- fuzz_document). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifdef __AFL_FUZZ_TESTCASE_LEN
__AFL_FUZZ_INIT();
#endif

static int run_file(FILE *f, const char *name) {
    size_t cap = 1 << 16, len = 0, n;
    uint8_t *data = malloc(cap);
    if (!data) return -1;
    while ((n = fread(data + len, 1, cap - len, f)) > 0) {
        len += n;
        if (len == cap) {
            uint8_t *p = realloc(data, cap *= 2);
            if (!p) {
                free(data);
                return -1;
            }
            data = p;
        }
    }
    if (ferror(f)) {
        perror(name);
        free(data);
        return -1;
    }
    LLVMFuzzerTestOneInput(data, len);
    free(data);
    return 0;
}

/* Replays a file, or each regular file in a directory (in name order, so runs are repeatable). */
static int run_path(const char *path, size_t *count) {
    struct stat st;
    if (stat(path, &st) != 0) {
        perror(path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) {
        FILE *f = fopen(path, "rb");
        if (!f) {
            perror(path);
            return -1;
        }
        fprintf(stderr, "replay %s\n", path);
        int rc = run_file(f, path);
        fclose(f);
        (*count)++;
        return rc;
    }
    struct dirent **names;
    int n = scandir(path, &names, NULL, alphasort);
    if (n < 0) {
        perror(path);
        return -1;
    }
    int status = 0;
    for (int i = 0; i < n; i++) {
        if (names[i]->d_name[0] != '.') {
            size_t len = strlen(path) + strlen(names[i]->d_name) + 2;
            char *full = malloc(len);
            if (!full) status = -1;
            else {
                snprintf(full, len, "%s/%s", path, names[i]->d_name);
                if (stat(full, &st) == 0 && S_ISREG(st.st_mode) && run_path(full, count) != 0) status = -1;
                free(full);
            }
        }
        free(names[i]);
    }
    free(names);
    return status;
}

int main(int argc, char **argv) {
#ifdef __AFL_FUZZ_TESTCASE_LEN
    if (argc < 2) {
        __AFL_INIT();
        unsigned char *buf = __AFL_FUZZ_TESTCASE_BUF;
        while (__AFL_LOOP(10000)) {
            size_t len = (size_t)__AFL_FUZZ_TESTCASE_LEN;
            uint8_t *copy = malloc(len ? len : 1);
            if (!copy) return 1;
            memcpy(copy, buf, len);
            LLVMFuzzerTestOneInput(copy, len);
            free(copy);
        }
        return 0;
    }
#endif
    if (argc < 2) return run_file(stdin, "-") ? 1 : 0;
    int status = 0;
    size_t count = 0;
    for (int i = 1; i < argc; i++)
        if (run_path(argv[i], &count) != 0) status = 1;
    printf("%zu inputs replayed\n", count);
    return status;
}
