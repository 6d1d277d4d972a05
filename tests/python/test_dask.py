"""whosaid.dask on a distributed.LocalCluster of two worker processes: the records of 3,000
generated documents are one process's."""
import json
import os
import sys

import pytest

pd = pytest.importorskip("pandas")
dask_bag = pytest.importorskip("dask.bag")
dask_dataframe = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
import whosaid  # noqa: E402

# distributed's tornado warns of its own use of asyncio
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
import whosaid.dask  # noqa: E402
from conftest import generated_corpus  # noqa: E402


# the ids are str or int: sorted by their JSON
def by_doc_and_start(df):
    df = df.reset_index(drop=True)  # each partition's rows are numbered from 0
    order = df.assign(_doc=df["doc"].map(json.dumps)).sort_values(["_doc", "start"], kind="stable").index
    return df.loc[order].reset_index(drop=True)


@pytest.fixture(scope="module")
def client():
    # the workers import whosaid through the PYTHONPATH they inherit
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def docs():
    return [json.loads(line) for line in generated_corpus(3000)]


def test_a_bag_of_dicts_gives_one_process_records(client, docs):
    bag = dask_bag.from_sequence(docs, npartitions=12)
    got = whosaid.dask.quotes(bag, id_col="id", keep=["url", "date"], types="all").compute()
    ran = client.run(lambda: (os.getpid(), "whosaid" in sys.modules))
    assert len(ran) == 2 and all(pid != os.getpid() and imported for pid, imported in ran.values()), \
        f"both worker processes ran whosaid: {ran}"
    want = [dict(r, url=d.get("url"), date=d.get("date"))
            for d in docs for r in whosaid.extract(d["text"], types="all", doc=d["id"])]
    assert len(want) > 10000
    key = lambda r: (json.dumps(r["doc"]), r["start"])  # noqa: E731  (ids are str or int)
    assert sorted(got, key=key) == sorted(want, key=key)


def test_a_dataframe_gives_one_process_frame(client, docs):
    df = pd.DataFrame(docs)
    ddf = dask_dataframe.from_pandas(df, npartitions=8)
    lazy = whosaid.dask.quotes(ddf, id_col="id", keep=["outlet"])
    assert list(lazy.columns) == list(whosaid.COLUMNS) + ["outlet"]
    got = lazy.compute()
    want = whosaid.frame(df, id_col="id", keep=["outlet"])
    assert dict(got.dtypes) == dict(want.dtypes)
    pd.testing.assert_frame_equal(by_doc_and_start(got), by_doc_and_start(want))


def test_refusals():
    bag = dask_bag.from_sequence(["x"])
    with pytest.raises(whosaid.Error):
        whosaid.dask.quotes(bag, types="quotes")
    with pytest.raises(ValueError):
        whosaid.dask.quotes(bag, keep=["speaker"])
    with pytest.raises(TypeError):
        whosaid.dask.quotes(["x"])
