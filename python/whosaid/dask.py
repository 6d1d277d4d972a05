"""whosaid.dask: the quotations of a Dask DataFrame or bag, worked out on the cluster.

    import dask.bag as db, json, whosaid.dask
    articles = db.read_text("articles-*.jsonl").map(json.loads)          # one dict a document
    whosaid.dask.quotes(articles, id_col="id", keep=["url"]).to_dataframe()

    import dask.dataframe as dd
    df = dd.read_parquet("articles/")                                      # a text column
    whosaid.dask.quotes(df, id_col="url", keep=["date"]).compute()

Each partition goes through whosaid.frame (a DataFrame) or whosaid.extract (a bag), so the
records are those of one process: the same rows, split over partitions in input order. Every
worker needs whosaid importable (installed, or on PYTHONPATH); each worker process loads the
rules once.
"""
import functools

import whosaid


def _frame_partition(part, text_col, id_col, keep, types, lang):
    return whosaid.frame(part, keep=keep, text_col=text_col, id_col=id_col, types=types, lang=lang)


def _bag_partition(items, text_col, id_col, keep, types, lang):
    out = []
    for item in items:
        if isinstance(item, dict):
            text, doc = item.get(text_col), item.get(id_col) if id_col is not None else None
            kept = {name: item.get(name) for name in keep}
        else:
            text, doc, kept = item, None, dict.fromkeys(keep)
        for record in whosaid.extract(text, types, lang, doc=doc) if text is not None else ():
            record.update(kept)
            out.append(record)
    return out


def quotes(data, text_col="text", id_col=None, keep=None, types="direct,mixed,indirect", lang=None):
    """The records of every document of `data`, lazily:

    - a Dask DataFrame (the texts in `text_col`, the doc ids in `id_col` or else the index;
      `keep`: columns copied into every record) or Series of texts gives a Dask DataFrame with
      whosaid.frame's columns and dtypes, partition by partition;
    - a Dask bag of dicts (as json.loads reads JSON lines: `text_col`, `id_col`, `keep` are
      keys; a missing one is None) or of str/bytes texts (doc None) gives a bag of record dicts,
      as whosaid.extract makes them, with the kept fields after the record's.

    A document without a text has no records. types and lang are as for whosaid.extract.
    """
    import dask.bag
    import dask.dataframe

    keep = list(dict.fromkeys([keep] if isinstance(keep, str) else keep or []))
    for name in keep:
        if name in whosaid.COLUMNS:
            raise ValueError(f"whosaid: keep={name!r}: every record has a field of that name already")
    whosaid._type_bits(types)  # an unknown type fails here, not on the cluster
    args = dict(text_col=text_col, id_col=id_col, keep=keep, types=types, lang=lang)
    if isinstance(data, (dask.dataframe.DataFrame, dask.dataframe.Series)):
        run = functools.partial(_frame_partition, **args)
        return data.map_partitions(run, meta=run(data._meta))
    if isinstance(data, dask.bag.Bag):
        return data.map_partitions(_bag_partition, **args)
    raise TypeError(f"whosaid.dask.quotes: a Dask DataFrame, Series or bag, not {type(data).__name__}")
