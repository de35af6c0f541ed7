"""PySpark's worker daemon, with Khabar imported first (``spark.python.daemon.module``).

PySpark starts one daemon per executor and forks every Python worker from it. With the stock daemon each
worker imports spaCy and Khabar itself when its first task unpickles ``analyze_partition`` (about 2 CPU-seconds
a worker); importing them here, once, lets every fork inherit the modules. Nothing is loaded beyond the
imports: the pipeline still loads in each worker (``khabar.batch.process``), and no thread is started before
the daemon forks.
"""

from __future__ import annotations

import pyspark.worker  # noqa: F401  (what each forked worker runs)
from pyspark import daemon

import khabar.batch.spark  # noqa: F401  (imports spaCy, Khabar's stages and the batch code)

if __name__ == "__main__":
    daemon.manager()
