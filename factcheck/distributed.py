"""Batch runs on a Dask cluster: the same per-article function as a local run, sent to Dask's workers.

Dask over Ray because a batch is a plain map of a pure function over files — Dask's futures and
`as_completed` are exactly that — and `dask.distributed` is a small pure-Python install that runs the
same code on a laptop (`LocalCluster`), an SSH cluster, Kubernetes or an HPC scheduler.
"""

from __future__ import annotations

from factcheck.batch import Options, Runner, _outcome, check_articles


class DaskRunner(Runner):
    """Chunks of articles as Dask futures; each worker process keeps its model between chunks."""

    def __init__(self, address: str | None, jobs: int = 2):
        from dask.distributed import Client, LocalCluster

        if address is None:
            self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                        dashboard_address=None)
            self.client = Client(self.cluster)
        else:
            self.cluster = None
            self.client = Client(address, timeout="30s")
        threads = sum(self.client.nthreads().values()) or 1
        self.window = 2 * threads

    def run(self, chunks, options: Options):
        from dask.distributed import as_completed

        flying, sent = as_completed(), {}
        for chunk in chunks:
            future = self.client.submit(check_articles, chunk, options, pure=False)
            sent[future.key] = chunk
            flying.add(future)
            if flying.count() >= self.window:
                future = next(flying)
                yield _outcome(future, sent.pop(future.key))
        for future in flying:
            yield _outcome(future, sent.pop(future.key))

    def close(self):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
