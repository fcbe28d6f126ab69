/* One-pass kernel for analysis.normalize.
 *
 * The rules are not here: Python builds them from data/charmap.json into one packed
 * table (normalize._c_table) and passes it in. This loop only applies it, in one pass
 * over the string, with the semantics of the numpy kernel in normalize.py, which stays
 * the reference (the tests compare the two on random text). For code point cp < 0x10000,
 * table[cp] holds:
 *
 *   bits  0-15  the replacement character (BMP);
 *   bits 16-23  its class: 1 Arabic letter, 2 Latin letter or digit, 0 other; a space
 *               goes between a kept Arabic and a kept Latin character that touch once
 *               dropped characters are gone;
 *   bits 24-31  flags: DROP_MARK (dropped; a diacritic or tatweel, so the kept character
 *               before it extends its raw span over it), DROP (dropped), MULTI (a
 *               ligature such as ﻻ or ﷲ that expands to several letters: bits 0-15
 *               then index the tuple of expansions; every letter of an expansion has
 *               the ligature's raw span).
 *
 * Offsets (int32): a kept character spans its raw index and the dropped marks right
 * after it; an inserted space has the empty span at the index of the character after
 * it. Code points above U+FFFF are kept as they are, in class 0, like the numpy kernel.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#define TABLE_SIZE 0x10000
#define F_DROP_MARK (1u << 24)
#define F_DROP (2u << 24)
#define F_MULTI (4u << 24)
#define CHAR(v) ((v) & 0xFFFFu)
#define CLASS(v) (((v) >> 16) & 0xFFu)
#define ARABIC_X_LATIN 2 /* class product of an Arabic and a Latin neighbour */

/* Offsets are int32: half the memory of int64, and an article is far below 2**31
 * characters; longer texts go to the numpy kernel (int64). */
typedef int32_t offset_t;
#define OFF ((Py_ssize_t)sizeof(offset_t))

typedef struct {
    PyObject *starts, *ends; /* bytearrays of offset_t, or NULL without offsets */
    offset_t *s, *e;
    PyObject *str;           /* the output, written in place: a fresh UCS2 or UCS4 str */
    int wide;                /* 1 if str is UCS4 */
    Py_UCS4 max;             /* its largest character, to make it canonical at the end */
    Py_ssize_t len, cap;
    Py_ssize_t group;        /* first output index of the last kept character or expansion */
} Out;

static int grow(Out *o) {
    Py_ssize_t cap = o->cap + o->cap / 2 + 16;
    if (PyUnicode_Resize(&o->str, cap) < 0) return -1; /* fine: nobody else holds it yet */
    if (o->starts) {
        if (PyByteArray_Resize(o->starts, cap * OFF) < 0
            || PyByteArray_Resize(o->ends, cap * OFF) < 0)
            return -1;
        o->s = (offset_t *)PyByteArray_AS_STRING(o->starts);
        o->e = (offset_t *)PyByteArray_AS_STRING(o->ends);
    }
    o->cap = cap;
    return 0;
}

static inline void push(Out *o, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end) {
    PyUnicode_WRITE(o->wide ? PyUnicode_4BYTE_KIND : PyUnicode_2BYTE_KIND,
                    PyUnicode_DATA(o->str), o->len, ch);
    if (o->s) {
        o->s[o->len] = (offset_t)start;
        o->e[o->len] = (offset_t)end;
    }
    if (ch > o->max) o->max = ch;
    o->len++;
}

/* Write expansion ``index`` of ``exps`` for the ligature at raw index i (the rare path). */
static int expand(Out *o, PyObject *exps, uint32_t index, Py_ssize_t i, int *prev,
                  const uint32_t *table) {
    if ((Py_ssize_t)index >= PyTuple_GET_SIZE(exps)
        || !PyUnicode_Check(PyTuple_GET_ITEM(exps, index))) {
        PyErr_SetString(PyExc_ValueError, "the table names an expansion the tuple lacks");
        return -1;
    }
    PyObject *rep = PyTuple_GET_ITEM(exps, index);
    Py_ssize_t m = PyUnicode_GET_LENGTH(rep);
    while (o->len + 2 * m + 2 > o->cap)
        if (grow(o) < 0) return -1;
    int kind = PyUnicode_KIND(rep);
    const void *data = PyUnicode_DATA(rep);
    o->group = o->len;
    for (Py_ssize_t j = 0; j < m; j++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, j);
        int c = ch < TABLE_SIZE ? (int)CLASS(table[ch]) : 0;
        if (*prev * c == ARABIC_X_LATIN) push(o, ' ', i, i);
        push(o, ch, i, i + 1);
        *prev = c;
    }
    return 0;
}

/* The loop, once per input kind (UCS1, UCS2, UCS4) and with or without offsets, so
 * the hot path has no branch on either; state lives in locals, written back at the end.
 * Returns 0 done, -1 error. */
#define DEFINE_LOOP(NAME, IN_T, OUT_T, OFFS)                                                 \
    static int NAME(const IN_T *in, Py_ssize_t n, const uint32_t *table, PyObject *exps,    \
                    Out *o) {                                                                 \
        int prev = 0, status = 0;  /* prev: class of the last kept character */              \
        Py_ssize_t len = 0, cap = o->cap;                                                     \
        Py_ssize_t group = -1;     /* see Out.group; -1 once a dropped non-mark ends it */    \
        Py_UCS4 max = 0;                                                                      \
        OUT_T *out = PyUnicode_DATA(o->str);                                                  \
        offset_t *s = o->s, *e = o->e;                                                        \
        for (Py_ssize_t i = 0; i < n; i++) {                                                  \
            Py_UCS4 cp = in[i];                                                               \
            uint32_t v = cp < TABLE_SIZE ? table[cp] : cp;                                    \
            if (v >= F_DROP_MARK) { /* only table values carry flags */                       \
                if (v & F_MULTI) {                                                            \
                    o->len = len;                                                             \
                    o->max = max;                                                             \
                    if (expand(o, exps, CHAR(v), i, &prev, table) < 0) {                      \
                        status = -1;                                                          \
                        break;                                                                \
                    }                                                                         \
                    len = o->len, max = o->max, cap = o->cap, group = o->group;               \
                    out = PyUnicode_DATA(o->str);                                             \
                    s = o->s;                                                                 \
                    e = o->e;                                                                 \
                } else if (!(v & F_DROP_MARK)) {                                              \
                    group = -1; /* a dropped non-mark ends the span before it */              \
                } else if (OFFS && group >= 0) {                                              \
                    for (Py_ssize_t k = group; k < len; k++)                                  \
                        if (e[k] != s[k]) e[k] = (offset_t)(i + 1); /* not a space */        \
                }                                                                             \
                continue;                                                                     \
            }                                                                                 \
            int c = cp < TABLE_SIZE ? (int)CLASS(v) : 0;                                      \
            Py_UCS4 ch = cp < TABLE_SIZE ? CHAR(v) : cp;                                      \
            if (len + 2 > cap) {                                                              \
                o->len = len;                                                                 \
                if (grow(o) < 0) {                                                            \
                    status = -1;                                                              \
                    break;                                                                    \
                }                                                                             \
                cap = o->cap;                                                                 \
                out = PyUnicode_DATA(o->str);                                                 \
                s = o->s;                                                                     \
                e = o->e;                                                                     \
            }                                                                                 \
            if (prev * c == ARABIC_X_LATIN) {                                                 \
                out[len] = ' ';                                                               \
                if (OFFS) s[len] = e[len] = (offset_t)i;                                      \
                len++;                                                                        \
            }                                                                                 \
            out[len] = (OUT_T)ch;                                                             \
            max = ch > max ? ch : max;                                                        \
            if (OFFS) {                                                                       \
                s[len] = (offset_t)i;                                                         \
                e[len] = (offset_t)(i + 1);                                                   \
            }                                                                                 \
            group = len++;                                                                    \
            prev = c;                                                                         \
        }                                                                                     \
        o->len = len;                                                                         \
        o->max = max;                                                                         \
        return status;                                                                        \
    }

DEFINE_LOOP(loop1, Py_UCS1, Py_UCS2, 0)
DEFINE_LOOP(loop2, Py_UCS2, Py_UCS2, 0)
DEFINE_LOOP(loop4, Py_UCS4, Py_UCS4, 0)
DEFINE_LOOP(loop1_offsets, Py_UCS1, Py_UCS2, 1)
DEFINE_LOOP(loop2_offsets, Py_UCS2, Py_UCS2, 1)
DEFINE_LOOP(loop4_offsets, Py_UCS4, Py_UCS4, 1)

/* apply(text, table, expansions, offsets) -> (str, starts, ends) | None
 * starts and ends are bytearrays of native int32 (None without offsets); None as a
 * whole means the text is too long for int32 offsets: the numpy kernel takes it. */
static PyObject *apply(PyObject *self, PyObject *args) {
    PyObject *text, *exps, *result = NULL;
    Py_buffer table;
    int offsets;
    if (!PyArg_ParseTuple(args, "Uy*O!p", &text, &table, &PyTuple_Type, &exps, &offsets))
        return NULL;
    Out o = {0};
    if (table.len != TABLE_SIZE * 4) {
        PyErr_SetString(PyExc_ValueError, "the table must hold 65536 uint32 values");
        goto done;
    }
    int kind = PyUnicode_KIND(text), wide = kind == PyUnicode_4BYTE_KIND;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n >= (Py_ssize_t)1 << 30) { /* room for inserted spaces too */
        result = Py_NewRef(Py_None);
        goto done;
    }
    o.wide = wide;
    o.cap = n + n / 16 + 16;
    o.str = PyUnicode_New(o.cap, wide ? 0x10FFFF : 0xFFFF);
    if (!o.str) goto done;
    if (offsets) {
        o.starts = PyByteArray_FromStringAndSize(NULL, o.cap * OFF);
        o.ends = PyByteArray_FromStringAndSize(NULL, o.cap * OFF);
        if (!o.starts || !o.ends) goto done;
        o.s = (offset_t *)PyByteArray_AS_STRING(o.starts);
        o.e = (offset_t *)PyByteArray_AS_STRING(o.ends);
    }
    const void *data = PyUnicode_DATA(text);
    int status;
    if (kind == PyUnicode_1BYTE_KIND)
        status = (offsets ? loop1_offsets : loop1)(data, n, table.buf, exps, &o);
    else if (kind == PyUnicode_2BYTE_KIND)
        status = (offsets ? loop2_offsets : loop2)(data, n, table.buf, exps, &o);
    else
        status = (offsets ? loop4_offsets : loop4)(data, n, table.buf, exps, &o);
    if (status < 0) goto done;
    /* A str must be stored in the narrowest kind its characters allow: keep the buffer
     * when its kind is right (Arabic text: UCS2), else copy into the right kind. */
    PyObject *str;
    if (o.max > (wide ? 0xFFFF : 0xFF)) {
        if (PyUnicode_Resize(&o.str, o.len) < 0) goto done;
        str = o.str;
        o.str = NULL;
    } else {
        str = PyUnicode_FromKindAndData(wide ? PyUnicode_4BYTE_KIND : PyUnicode_2BYTE_KIND,
                                        PyUnicode_DATA(o.str), o.len);
        if (!str) goto done;
    }
    if (!offsets) {
        result = Py_BuildValue("(NOO)", str, Py_None, Py_None);
        goto done;
    }
    if (PyByteArray_Resize(o.starts, o.len * OFF) < 0
        || PyByteArray_Resize(o.ends, o.len * OFF) < 0) {
        Py_DECREF(str);
        goto done;
    }
    result = Py_BuildValue("(NOO)", str, o.starts, o.ends);

done:
    Py_XDECREF(o.str);
    Py_XDECREF(o.starts);
    Py_XDECREF(o.ends);
    PyBuffer_Release(&table);
    return result;
}

static PyMethodDef methods[] = {
    {"apply", apply, METH_VARARGS,
     "apply(text, table, expansions, offsets) -> (str, starts, ends) or None; see normalize.py."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_normalize_c", "One-pass kernel for analysis.normalize.", -1, methods,
};

PyMODINIT_FUNC PyInit__normalize_c(void) { return PyModule_Create(&module); }
