/* _whosaid.c: the C part of the Python module, over libwhosaid's public header alone.
 *
 * The rules are loaded once, when the module is imported. Each call takes an extractor from the
 * module's pool (or makes one), lets go of the GIL while a document goes through the pipeline,
 * and turns the records into Python objects once it has the GIL back; so threads work on
 * documents in parallel. A record is the library's only during its callback, so the callback
 * copies its values into a store that needs no GIL; strings become str as the command line
 * writes them (invalid bytes as U+FFFD, by the library's whosaid_valid_utf8). The fields come from the library's table: a field the library adds
 * reaches Python with no change here.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid.h"

typedef struct {
    whosaid_rules *rules;
    whosaid **idle; /* extractors not in use; touched only with the GIL held */
    size_t nidle, cap;
    PyObject *error;  /* whosaid.Error */
    PyObject *names;  /* the field names, as interned str */
    size_t nfields;
} module_state;

static module_state *state_of(PyObject *module) { return PyModule_GetState(module); }

/* ---- the store: a document's records, copied while the GIL is not held ---- */

typedef struct {
    int kind; /* enum whosaid_kind */
    int64_t num;
    size_t off, len; /* a string: bytes [off, off + len) of store.text */
} cell;

typedef struct {
    size_t nfields;
    cell *cells;
    size_t ncells, cap;
    char *text;
    size_t tlen, tcap;
} store;

static int grow(void **p, size_t *cap, size_t elem, size_t need) {
    if (need <= *cap) return 0;
    size_t n = *cap ? *cap : 64;
    while (n < need) {
        if (n > ((size_t)-1 / 2) / elem) return -1;
        n *= 2;
    }
    void *q = realloc(*p, n * elem);
    if (!q) return -1;
    *p = q;
    *cap = n;
    return 0;
}

static int collect(const whosaid_record *r, void *user) {
    store *s = user;
    if (grow((void **)&s->cells, &s->cap, sizeof *s->cells, s->ncells + s->nfields) != 0) return 1;
    for (size_t i = 0; i < s->nfields; i++) {
        whosaid_value v = whosaid_record_get(r, i);
        cell *c = &s->cells[s->ncells++];
        c->kind = v.kind;
        c->num = v.num;
        c->off = c->len = 0;
        if (v.kind != WHOSAID_STRING) continue;
        /* as it is: made valid, if it must be, when it becomes a str (cell_value) */
        if (grow((void **)&s->text, &s->tcap, 1, s->tlen + v.str.len + 1) != 0) return 1; /* stops: ESTOPPED */
        if (v.str.len) memcpy(s->text + s->tlen, v.str.ptr, v.str.len);
        c->off = s->tlen;
        c->len = v.str.len;
        s->tlen += v.str.len;
    }
    return 0;
}

static void store_free(store *s) {
    free(s->cells);
    free(s->text);
}

/* A string as the command line writes it: each invalid byte as U+FFFD. Python's strict decoder
 * takes exactly the UTF-8 the library's takes, so only a string it refuses needs cleaning. */
static PyObject *text_value(const char *p, size_t n) {
    PyObject *str = PyUnicode_DecodeUTF8(p, (Py_ssize_t)n, "strict");
    if (str || !PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) return str;
    PyErr_Clear();
    size_t valid = whosaid_valid_utf8(p, n, NULL);
    char *clean = PyMem_Malloc(valid ? valid : 1);
    if (!clean) return PyErr_NoMemory();
    whosaid_valid_utf8(p, n, clean);
    str = PyUnicode_DecodeUTF8(clean, (Py_ssize_t)valid, "strict");
    PyMem_Free(clean);
    return str;
}

static PyObject *cell_value(const store *s, const cell *c) {
    switch (c->kind) {
    case WHOSAID_STRING: return text_value(s->text + c->off, c->len);
    case WHOSAID_INT: return PyLong_FromLongLong((long long)c->num);
    case WHOSAID_BOOL: return PyBool_FromLong(c->num != 0);
    default: Py_RETURN_NONE;
    }
}

/* ---- errors ---- */

/* Raises the exception for a library error code: MemoryError for lack of memory, else
 * whosaid.Error with the library's message (and what it was about) and the code as .code. */
static PyObject *raise_code(module_state *st, int code, PyObject *about) {
    if (code == WHOSAID_ENOMEM || code == WHOSAID_ESTOPPED) /* stopped: the store ran out */
        return PyErr_Format(PyExc_MemoryError, "whosaid: %s", whosaid_strerror(WHOSAID_ENOMEM));
    PyObject *msg = about ? PyUnicode_FromFormat("%s: %R", whosaid_strerror(code), about)
                          : PyUnicode_FromString(whosaid_strerror(code));
    PyObject *exc = msg ? PyObject_CallOneArg(st->error, msg) : NULL;
    Py_XDECREF(msg);
    if (!exc) return NULL;
    PyObject *num = PyLong_FromLong(code);
    if (num && PyObject_SetAttrString(exc, "code", num) == 0) PyErr_SetObject(st->error, exc);
    Py_XDECREF(num);
    Py_DECREF(exc);
    return NULL;
}

/* ---- documents in, records out ---- */

/* The UTF-8 bytes of a document: a str (ASCII read in place; else encoded, its lone surrogates
 * from surrogateescape back to the bytes they stand for, any other lone surrogate as '?', so
 * offsets still count the str's characters), or bytes as they are. *holder keeps them alive. */
static int document_bytes(PyObject *text, const char **p, Py_ssize_t *n, PyObject **holder) {
    *holder = NULL;
    if (PyBytes_Check(text)) {
        *p = PyBytes_AS_STRING(text);
        *n = PyBytes_GET_SIZE(text);
        return 0;
    }
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "whosaid: a text must be str or bytes, not %.100s", Py_TYPE(text)->tp_name);
        return -1;
    }
    if (PyUnicode_IS_ASCII(text)) {
        *p = PyUnicode_AsUTF8AndSize(text, n); /* the str's own bytes: no copy */
        return *p ? 0 : -1;
    }
    PyObject *b = PyUnicode_AsEncodedString(text, "utf-8", "surrogateescape");
    if (!b && PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
        PyErr_Clear();
        b = PyUnicode_AsEncodedString(text, "utf-8", "replace");
    }
    if (!b) return -1;
    *holder = b;
    *p = PyBytes_AS_STRING(b);
    *n = PyBytes_GET_SIZE(b);
    return 0;
}

static whosaid *take_extractor(module_state *st) {
    if (st->nidle) return st->idle[--st->nidle];
    whosaid *ws = whosaid_new(st->rules);
    if (!ws) PyErr_SetString(PyExc_MemoryError, "whosaid: out of memory");
    return ws;
}

static void give_back(module_state *st, whosaid *ws) {
    if (grow((void **)&st->idle, &st->cap, sizeof *st->idle, st->nidle + 1) == 0) st->idle[st->nidle++] = ws;
    else whosaid_free(ws);
}

/* Runs one document into s (emptied first), the GIL let go meanwhile. lang is NULL or UTF-8. */
static int run_document(module_state *st, PyObject *text, unsigned types, const char *lang, store *s) {
    s->ncells = s->tlen = 0;
    if (text == Py_None) return 0; /* no text: no records */
    const char *p;
    Py_ssize_t n;
    PyObject *holder;
    if (document_bytes(text, &p, &n, &holder) != 0) return -1;
    whosaid *ws = take_extractor(st);
    if (!ws) {
        Py_XDECREF(holder);
        return -1;
    }
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = whosaid_set_lang(ws, lang);
    if (rc == WHOSAID_OK) rc = whosaid_process(ws, p, (size_t)n, types, collect, s);
    Py_END_ALLOW_THREADS
    give_back(st, ws);
    Py_XDECREF(holder);
    if (rc == WHOSAID_OK) return 0;
    PyObject *about = rc == WHOSAID_ELANG && lang ? PyUnicode_FromString(lang) : NULL;
    raise_code(st, rc, about);
    Py_XDECREF(about);
    return -1;
}

/* extract(text, types, lang, doc) -> [dict]: "doc" first, then the library's fields. */
static PyObject *py_extract(PyObject *module, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"text", "types", "lang", "doc", NULL};
    module_state *st = state_of(module);
    PyObject *text, *doc = Py_None;
    unsigned types = WHOSAID_DEFAULT_TYPES;
    const char *lang = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|Iz$O", kwlist, &text, &types, &lang, &doc)) return NULL;
    store s = {st->nfields, NULL, 0, 0, NULL, 0, 0};
    PyObject *out = NULL;
    if (run_document(st, text, types, lang, &s) == 0 && (out = PyList_New(0))) {
        for (size_t r = 0; r * s.nfields < s.ncells; r++) {
            PyObject *d = PyDict_New();
            int bad = !d || PyDict_SetItemString(d, "doc", doc) != 0;
            for (size_t i = 0; !bad && i < s.nfields; i++) {
                PyObject *v = cell_value(&s, &s.cells[r * s.nfields + i]);
                bad = !v || PyDict_SetItem(d, PyTuple_GET_ITEM(st->names, i), v) != 0;
                Py_XDECREF(v);
            }
            if (bad || PyList_Append(out, d) != 0) {
                Py_XDECREF(d);
                Py_CLEAR(out);
                break;
            }
            Py_DECREF(d);
        }
    }
    store_free(&s);
    return out;
}

/* ---- columns, for a DataFrame ---- */

/* Bytes that become a numpy array in Python (np.frombuffer over a bytearray). */
typedef struct {
    char *data;
    size_t len, cap;
} bytes_buf;

static int put(bytes_buf *b, const void *p, size_t n) {
    if (grow((void **)&b->data, &b->cap, 1, b->len + n) != 0) return -1;
    memcpy(b->data + b->len, p, n);
    b->len += n;
    return 0;
}

/* One field's column: a list of str and None for a string field; else the values (int64, or
 * a byte per bool) and a byte per row, 1 where the value is missing (pandas' mask). */
typedef struct {
    int kind;
    PyObject *strings;
    bytes_buf values, missing;
    PyObject *last;      /* the str of the row before, reused when the text is the same */
    bytes_buf last_text; /* its UTF-8 */
} column;

static int column_put(column *c, const store *s, const cell *v) {
    char missing = v->kind == WHOSAID_NULL;
    if (c->kind != WHOSAID_STRING) {
        int64_t num = missing ? 0 : v->num;
        unsigned char flag = num != 0;
        return (c->kind == WHOSAID_BOOL ? put(&c->values, &flag, 1) : put(&c->values, &num, sizeof num)) ||
               put(&c->missing, &missing, 1);
    }
    if (missing) return PyList_Append(c->strings, Py_None);
    /* consecutive records often repeat a value (type, method, speaker, role): one str for them */
    if (!c->last || c->last_text.len != v->len || memcmp(c->last_text.data, s->text + v->off, v->len) != 0) {
        PyObject *str = cell_value(s, v);
        if (!str) return -1;
        Py_XSETREF(c->last, str);
        c->last_text.len = 0;
        if (put(&c->last_text, s->text + v->off, v->len) != 0) return -1;
    }
    return PyList_Append(c->strings, c->last);
}

static PyObject *byte_array(const bytes_buf *b) {
    return PyByteArray_FromStringAndSize(b->data ? b->data : "", (Py_ssize_t)b->len);
}

/* The Python form of a column: the list, or (values, missing) as bytearrays, missing None for a
 * field that is never null. */
static PyObject *column_out(column *c, int nullable) {
    if (c->kind == WHOSAID_STRING) return Py_NewRef(c->strings);
    return Py_BuildValue("(NN)", byte_array(&c->values), nullable ? byte_array(&c->missing) : Py_NewRef(Py_None));
}

static void column_free(column *c) {
    Py_XDECREF(c->strings);
    Py_XDECREF(c->last);
    free(c->values.data);
    free(c->missing.data);
    free(c->last_text.data);
}

/* columns(texts, types, lang) -> (positions, [column, ...]): for each record, the index of its
 * text in the sequence `texts` (int64 bytes), and each field's column (see column_out). */
static PyObject *py_columns(PyObject *module, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"texts", "types", "lang", NULL};
    module_state *st = state_of(module);
    PyObject *texts;
    unsigned types = WHOSAID_DEFAULT_TYPES;
    const char *lang = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|Iz", kwlist, &texts, &types, &lang)) return NULL;
    PyObject *seq = PySequence_Fast(texts, "whosaid: texts must be a sequence");
    if (!seq) return NULL;
    column *cols = PyMem_Calloc(st->nfields ? st->nfields : 1, sizeof *cols);
    int bad = !cols;
    for (size_t i = 0; !bad && i < st->nfields; i++) {
        cols[i].kind = whosaid_field_kind(i);
        bad = cols[i].kind == WHOSAID_STRING && !(cols[i].strings = PyList_New(0));
    }
    bytes_buf positions = {0};
    store s = {st->nfields, NULL, 0, 0, NULL, 0, 0};
    for (Py_ssize_t k = 0; !bad && k < PySequence_Fast_GET_SIZE(seq); k++) {
        PyObject *text = PySequence_Fast_GET_ITEM(seq, k);
        Py_INCREF(text); /* held while the GIL is let go, whatever happens to the sequence */
        bad = run_document(st, text, types, lang, &s) != 0;
        Py_DECREF(text);
        int64_t pos = k;
        for (size_t r = 0; !bad && r * s.nfields < s.ncells; r++) {
            bad = put(&positions, &pos, sizeof pos) != 0;
            for (size_t i = 0; !bad && i < s.nfields; i++) bad = column_put(&cols[i], &s, &s.cells[r * s.nfields + i]) != 0;
        }
    }
    PyObject *out = NULL, *list = bad ? NULL : PyList_New((Py_ssize_t)st->nfields);
    for (size_t i = 0; list && i < st->nfields; i++) {
        PyObject *c = column_out(&cols[i], whosaid_field_nullable(i));
        if (c) PyList_SET_ITEM(list, (Py_ssize_t)i, c);
        else Py_CLEAR(list);
    }
    if (list) out = Py_BuildValue("(NN)", byte_array(&positions), list);
    else if (!bad || !PyErr_Occurred()) PyErr_NoMemory();
    for (size_t i = 0; cols && i < st->nfields; i++) column_free(&cols[i]);
    PyMem_Free(cols);
    free(positions.data);
    store_free(&s);
    Py_DECREF(seq);
    return out;
}

/* parse_types(list) -> int: the library's reading of a --types list. */
static PyObject *py_parse_types(PyObject *module, PyObject *arg) {
    const char *list = PyUnicode_AsUTF8(arg);
    if (!list) return NULL;
    unsigned types;
    int rc = whosaid_parse_types(list, &types);
    if (rc != WHOSAID_OK) return raise_code(state_of(module), rc, arg);
    return PyLong_FromUnsignedLong(types);
}

/* fields() -> ((name, kind, nullable), ...), kind one of "string", "int", "bool" */
static PyObject *py_fields(PyObject *module, PyObject *unused) {
    (void)unused;
    module_state *st = state_of(module);
    PyObject *out = PyTuple_New((Py_ssize_t)st->nfields);
    for (size_t i = 0; out && i < st->nfields; i++) {
        int kind = whosaid_field_kind(i);
        const char *k = kind == WHOSAID_STRING ? "string" : kind == WHOSAID_INT ? "int" : "bool";
        PyObject *f = Py_BuildValue("(Osi)", PyTuple_GET_ITEM(st->names, i), k, whosaid_field_nullable(i));
        if (!f) Py_CLEAR(out);
        else PyTuple_SET_ITEM(out, (Py_ssize_t)i, f);
    }
    return out;
}

/* types() -> the names of the quotation types this library knows, in the order of their bits */
static PyObject *py_types(PyObject *module, PyObject *unused) {
    (void)module;
    (void)unused;
    PyObject *out = PyList_New(0);
    for (unsigned bit = 1; out && bit; bit <<= 1) {
        const char *name = whosaid_type_name(bit);
        PyObject *s = name ? PyUnicode_FromString(name) : NULL;
        if (name && (!s || PyList_Append(out, s) != 0)) Py_CLEAR(out);
        Py_XDECREF(s);
    }
    return out;
}

static PyObject *py_version(PyObject *module, PyObject *unused) {
    (void)module;
    (void)unused;
    return PyUnicode_FromString(whosaid_version());
}

static PyMethodDef methods[] = {
    {"extract", (PyCFunction)(void (*)(void))py_extract, METH_VARARGS | METH_KEYWORDS,
     "extract(text, types=WHOSAID_DEFAULT_TYPES, lang=None, *, doc=None): the records of one document, as dicts"},
    {"columns", (PyCFunction)(void (*)(void))py_columns, METH_VARARGS | METH_KEYWORDS,
     "columns(texts, types=WHOSAID_DEFAULT_TYPES, lang=None): (positions, columns) of the records of many documents"},
    {"parse_types", py_parse_types, METH_O, "parse_types(list): a --types list as the library's bit set"},
    {"fields", py_fields, METH_NOARGS, "fields(): the library's record fields as (name, kind, nullable)"},
    {"types", py_types, METH_NOARGS, "types(): the names of the quotation types the library knows"},
    {"library_version", py_version, METH_NOARGS, "library_version(): the version of libwhosaid in use"},
    {NULL, NULL, 0, NULL},
};

static int module_exec(PyObject *m) {
    module_state *st = state_of(m);
    char err[1024] = "";
    if (!(st->rules = whosaid_rules_load(NULL, err, sizeof err))) {
        PyErr_Format(PyExc_ImportError, "whosaid: cannot load the rules: %s", err);
        return -1;
    }
    st->nfields = whosaid_field_count();
    if (!(st->names = PyTuple_New((Py_ssize_t)st->nfields))) return -1;
    for (size_t i = 0; i < st->nfields; i++) {
        PyObject *name = PyUnicode_InternFromString(whosaid_field_name(i));
        if (!name) return -1;
        PyTuple_SET_ITEM(st->names, (Py_ssize_t)i, name);
    }
    st->error = PyErr_NewExceptionWithDoc("whosaid.Error",
                                          "An error of the whosaid library (an unknown type, an unsupported "
                                          "language); .code is the library's error code.",
                                          PyExc_ValueError, NULL);
    if (!st->error || PyModule_AddObjectRef(m, "Error", st->error) != 0) return -1;
    return PyModule_AddStringConstant(m, "HEADER_VERSION", WHOSAID_VERSION);
}

static int module_traverse(PyObject *m, visitproc visit, void *arg) {
    module_state *st = state_of(m);
    Py_VISIT(st->error);
    Py_VISIT(st->names);
    return 0;
}

static int module_clear(PyObject *m) {
    module_state *st = state_of(m);
    Py_CLEAR(st->error);
    Py_CLEAR(st->names);
    return 0;
}

static void module_free(void *m) {
    module_state *st = state_of((PyObject *)m);
    if (!st) return;
    module_clear(m);
    for (size_t i = 0; i < st->nidle; i++) whosaid_free(st->idle[i]);
    free(st->idle);
    st->idle = NULL;
    st->nidle = st->cap = 0;
    whosaid_rules_free(st->rules);
    st->rules = NULL;
}

static PyModuleDef_Slot slots[] = {
    {Py_mod_exec, module_exec},
    {0, NULL},
};

static struct PyModuleDef module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "whosaid._whosaid",
    .m_doc = "The C part of the whosaid module: libwhosaid's pipeline, records and field table.",
    .m_size = sizeof(module_state),
    .m_methods = methods,
    .m_slots = slots,
    .m_traverse = module_traverse,
    .m_clear = module_clear,
    .m_free = module_free,
};

PyMODINIT_FUNC PyInit__whosaid(void);
PyMODINIT_FUNC PyInit__whosaid(void) { return PyModuleDef_Init(&module_def); }
