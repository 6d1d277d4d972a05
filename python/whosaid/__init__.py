"""whosaid: the quotations of news text and who said them, as the command line finds them.

    import whosaid
    whosaid.extract(text)                      # [{"doc": None, "quote": ..., "speaker": ...}, ...]
    whosaid.frame(df, id_col="url", keep=["date"], jobs=2)   # a pandas DataFrame, one row a record

A record has the command line's fields in its order ("doc", then FIELDS: the library's), with
the same values: `extract` gives for a text what `whosaid` writes for it. Offsets are indices
into the str (text[start:end] == quote); bytes are read as the command line reads a file
(invalid UTF-8 as U+FFFD, one character per invalid byte). The rules are loaded once, at import;
the GIL is let go while a document is processed, so threads work in parallel (`jobs`).
whosaid.dask runs the same on a Dask cluster.
"""
import os
from concurrent.futures import ThreadPoolExecutor

from . import _whosaid
from ._whosaid import Error

__all__ = ["extract", "frame", "fields", "Error", "FIELDS", "COLUMNS", "TYPES", "__version__"]

#: the version of libwhosaid in use
__version__ = _whosaid.library_version()
_FIELDS = _whosaid.fields()  # (name, kind, nullable), from the library's table
#: the library's record fields, in order
FIELDS = tuple(name for name, _, _ in _FIELDS)
#: the columns of a record: "doc", then FIELDS (then any kept fields)
COLUMNS = ("doc",) + FIELDS
#: the quotation types the library knows (types="all" is every one)
TYPES = tuple(_whosaid.types())


def fields():
    """The library's record fields as (name, kind, nullable), kind "string", "int" or "bool"."""
    return _FIELDS


def _type_bits(types):
    """A types argument ("direct,scare", ["direct", "scare"], "all") as the library's bit set."""
    if not isinstance(types, str):
        types = ",".join(types)
    return _whosaid.parse_types(types)


def extract(text, types="direct,mixed,indirect", lang=None, doc=None):
    """The records of one document (str or bytes), in document order, as dicts whose keys are
    COLUMNS; doc is the value of their "doc" field. types: as the command line's --types (a
    comma-separated str or a list of names; "all"). lang: None (found per document) or a
    language the rules have ("en"). Raises whosaid.Error (a ValueError) for an unknown type or
    language, TypeError for a text that is neither str nor bytes."""
    return _whosaid.extract(text, _type_bits(types), lang, doc=doc)


def _arrays(np, part, offset):
    """A part of columns() as numpy arrays: positions (plus offset), and per field an object
    array of str and None, or (values, missing) with missing None for a field never null."""
    positions, columns = part
    arrays = []
    for (_, kind, _), col in zip(_FIELDS, columns):
        if kind == "string":
            a = np.empty(len(col), dtype=object)
            a[:] = col
            arrays.append(a)
        else:
            values, missing = col  # bytearrays: the arrays over them are writable
            dtype = np.int64 if kind == "int" else np.bool_
            arrays.append((np.frombuffer(values, dtype=dtype),
                           None if missing is None else np.frombuffer(missing, dtype=np.bool_)))
    return np.frombuffer(positions, dtype=np.int64) + offset, arrays


def _run(np, texts, bits, lang, jobs):
    """(positions, arrays) over all texts, on `jobs` threads, in input order."""
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs <= 1 or len(texts) < 2:
        return _arrays(np, _whosaid.columns(texts, bits, lang), 0)
    # small chunks, so that a long document holds up one thread only for its own chunk
    size = max(1, min(64, len(texts) // (4 * jobs)))
    starts = range(0, len(texts), size)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        parts = list(pool.map(lambda a: _arrays(np, _whosaid.columns(texts[a:a + size], bits, lang), a), starts))
    positions = np.concatenate([p for p, _ in parts])
    arrays = []
    for i in range(len(_FIELDS)):
        cols = [a[i] for _, a in parts]
        if isinstance(cols[0], tuple):
            arrays.append((np.concatenate([v for v, _ in cols]),
                           None if cols[0][1] is None else np.concatenate([m for _, m in cols])))
        else:
            arrays.append(np.concatenate(cols))
    return positions, arrays


def _column(pd, array, kind):
    """A field's pandas column: int64/bool when never null, else Int64/boolean with <NA>."""
    if kind == "string":
        return array
    values, missing = array
    if missing is None:
        return values
    return pd.arrays.IntegerArray(values, missing) if kind == "int" else pd.arrays.BooleanArray(values, missing)


def frame(texts, ids=None, keep=None, jobs=1, *, text_col="text", id_col=None, types="direct,mixed,indirect", lang=None):
    """The records of many documents as a pandas DataFrame: one row per record, in input order
    and then document order, with the columns COLUMNS (then `keep`).

    texts: a list (or other sequence) of str/bytes, a pandas Series, or a DataFrame whose
    column `text_col` holds the texts. A missing text (None, NaN) has no records.
    ids: the "doc" of each text; by default the DataFrame's `id_col` column when given, else the
    Series' or DataFrame's index, else the position in the list.
    keep: columns of the DataFrame to copy into every record of its row, after the record's
    fields, with their dtypes (the command line's --keep); a name the record has is refused.
    jobs: threads (0: one per processor); the result is the same for any number.
    types, lang: as for extract().

    dtypes: start, end, byte_start, byte_end, sentence, paragraph int64; mention_start and
    mention_end Int64 (missing as <NA>); closed bool; strings object (missing as None).
    """
    import numpy as np
    import pandas as pd

    bits = _type_bits(types)
    keep = list(dict.fromkeys([keep] if isinstance(keep, str) else keep or []))
    for name in keep:
        if name in COLUMNS:
            raise ValueError(f"whosaid: keep={name!r}: every record has a field of that name already")
    source = None
    if isinstance(texts, pd.DataFrame):
        source = texts
        docs = texts[text_col]
        if ids is None:
            ids = texts[id_col] if id_col is not None else texts.index
    elif isinstance(texts, pd.Series):
        docs = texts
        if ids is None:
            ids = texts.index
    else:
        docs = texts if hasattr(texts, "__getitem__") and hasattr(texts, "__len__") else list(texts)
        if ids is None:
            ids = range(len(docs))
    if keep and source is None:
        raise ValueError("whosaid: keep= takes columns of a DataFrame; texts is not one")
    if isinstance(docs, pd.Series):
        docs = docs.astype(object).where(docs.notna(), None).tolist()
    else:
        docs = [None if d is None or (isinstance(d, float) and d != d) else d for d in docs]
    ids = pd.Series(ids, copy=False).reset_index(drop=True)
    if len(ids) != len(docs):
        raise ValueError(f"whosaid: {len(ids)} ids for {len(docs)} texts")

    positions, arrays = _run(np, docs, bits, lang, jobs)
    data = {"doc": ids.iloc[positions].reset_index(drop=True)}
    for (name, kind, _), array in zip(_FIELDS, arrays):
        data[name] = _column(pd, array, kind)
    for name in keep:
        data[name] = source[name].iloc[positions].reset_index(drop=True)
    return pd.DataFrame(data, columns=list(COLUMNS) + keep)
