"""The Spark engine: a normal Spark job. Records are analyzed in batches inside ``mapPartitions``;
the pipeline loads once per executor Python worker (see ``khabar.batch.process``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from khabar.batch.inputs import Unit, list_files
from khabar.batch.output import write_manifest
from khabar.batch.process import LOAD_LOG, process_units
from khabar.batch.rows import TABLES
from khabar.batch.spark_cds import archive_path, cds_options, finish_dump

REMOTE_PREFIXES = ("s3a://", "s3://", "hdfs://", "gs://", "abfs://", "abfss://", "wasbs://", "file://")


def spark_session(master: str | None, app_name: str = "khabar-batch", java_options: str = "") -> Any:
    """A session for ``master``; None leaves the master to spark-submit. ``java_options`` go to a driver JVM
    that this call starts (see ``khabar.batch.spark_cds``)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder
    if master:
        # Local runs: the executors' Python is this one. Under spark-submit the cluster's settings rule.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.master(master).config("spark.pyspark.python", sys.executable)
    if master and master.startswith("local"):
        # A local driver JVM does little work besides the Python workers, but its C2 JIT compiler burned more
        # CPU than the JVM's own tasks (36 s against 9 s for 200 articles), stealing a core from the analysis.
        # C1 alone compiles cheaply; takes effect when this call starts the JVM.
        builder = builder.config("spark.driver.extraJavaOptions", f"-XX:TieredStopAtLevel=1 {java_options}".strip())
        # Fork Python workers from a daemon that has already imported spaCy and Khabar (spark_daemon.py): each
        # worker otherwise imports them itself, and a run starts four or more workers. On a cluster this is
        # the user's choice: --conf spark.python.daemon.module=khabar.batch.spark_daemon (docs/scale.md).
        builder = builder.config("spark.python.daemon.module", "khabar.batch.spark_daemon")
    if os.environ.get(LOAD_LOG):
        builder = builder.config(f"spark.executorEnv.{LOAD_LOG}", os.environ[LOAD_LOG])  # test-only, see process
    spark = (
        builder
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.sources.partitionOverwriteMode", "static")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.python.worker.reuse", "true")  # the default; the pipeline cache relies on it
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _line_unit(pair: tuple[str, int], origin: str) -> Unit:
    line, index = pair
    return Unit(f"{origin}:{index + 1}", "line", line)


def _file_unit(pair: tuple[str, bytes], origins: dict[str, str]) -> Unit:
    uri, data = pair
    origin = origins.get(uri, uri)
    return Unit(origin, "file", bytes(data), Path(origin).suffix.lower())


def _record_unit(pair: tuple[Any, int], origin: str) -> Unit:
    row, index = pair
    return Unit(f"{origin}#{index}", "record", row.asDict())


def spark_units(spark: Any, inputs: list[str], partitions: int | None = None) -> Any:
    """An RDD of Units named exactly as the local engine names them (JSONL files split into ``partitions``)."""
    sc = spark.sparkContext
    parts = []
    whole_files: dict[str, str] = {}  # Spark's URI -> our origin
    for name in inputs:
        paths: list[tuple[str, str]]
        if name.startswith(REMOTE_PREFIXES):
            paths = [(name, name)]
        else:
            paths = [(str(f), f.resolve().as_uri()) for f in list_files(Path(name))]
        for origin, uri in paths:
            suffix = Path(origin).suffix.lower()
            if suffix == ".jsonl":
                lines = sc.textFile(uri, partitions).zipWithIndex().filter(lambda p: p[0].strip())
                parts.append(lines.map(partial(_line_unit, origin=origin)))
            elif suffix == ".parquet":
                parts.append(spark.read.parquet(uri).rdd.zipWithIndex().map(partial(_record_unit, origin=origin)))
            else:
                whole_files[uri.replace("file:///", "file:/")] = origin
    if whole_files:
        files = sc.binaryFiles(",".join(whole_files))
        parts.append(files.map(partial(_file_unit, origins=whole_files)))
    return sc.union(parts) if parts else sc.emptyRDD()


def union_columns() -> list[tuple[str, str]]:
    """Every table's columns in one list: the analysis hands the JVM typed rows of one shape, no JSON."""
    columns: dict[str, str] = {}
    for table, cols in TABLES.items():
        for name, kind in cols:
            if columns.setdefault(name, kind) != kind:
                raise ValueError(f"batch tables: column {name!r} of {table} has two types ({kind}, {columns[name]})")
    return list(columns.items())


UNION = union_columns()
_UNION_NAMES = [name for name, _ in UNION]


def union_schema() -> Any:
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    types = {"string": StringType(), "int64": LongType()}
    return StructType([StructField("tbl", StringType(), False)] + [StructField(n, types[k], True) for n, k in UNION])


def analyze_partition(units: Iterable[Unit], *, model: str, fail_once: str | None = None) -> Iterator[tuple[Any, ...]]:
    """One typed row (table name, then every union column; None where the table lacks it) per output row."""
    for n, (table, row) in enumerate(process_units(units, model)):
        if fail_once and n == 1 and not os.path.exists(fail_once):
            Path(fail_once).touch()  # test-only: fail this task attempt once, after some output
            raise RuntimeError("khabar: injected task failure (test setting)")
        yield (table, *[row.get(name) for name in _UNION_NAMES])


def _jvm_running() -> bool:
    from pyspark import SparkContext

    return SparkContext._gateway is not None


def run_spark(inputs: list[str], out: str, *, model: str = "fa_khabar", master: str | None = "local[2]",
              partitions: int | None = None, fail_once: str | None = None) -> dict[str, Any]:
    """Analyze ``inputs`` on Spark and write the tables under ``out``; returns the manifest."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    started = datetime.now(UTC)
    archive = pending = None
    java_options = ""
    if master and master.startswith("local") and not _jvm_running():
        archive = archive_path()
        java_options, pending = cds_options(archive)
    spark = spark_session(master, java_options=java_options)
    try:
        sc = spark.sparkContext
        if master and master.startswith("local"):
            # The only SQL shuffle without its own size is the row count per table; Spark's default of 200
            # partitions is 200 tiny tasks on a laptop (on a cluster the session's setting is left alone).
            spark.conf.set("spark.sql.shuffle.partitions", str(partitions or sc.defaultParallelism))
        units = spark_units(spark, inputs, partitions)
        if partitions and units.getNumPartitions() > partitions:
            units = units.coalesce(partitions)  # merge input splits; no shuffle of the records
        elif partitions and units.getNumPartitions() < partitions:
            units = units.repartition(partitions)
        rows = units.mapPartitions(partial(analyze_partition, model=model, fail_once=fail_once))
        frame = spark.createDataFrame(rows, union_schema(), verifySchema=False)
        # Python runs once per record. Rows then go to the task that owns their date (a JVM shuffle), so each
        # table gets one Parquet file per date, not one per (task, date); writing many small files and
        # committing them was most of Spark's overhead. The cache makes the six writes read, not re-analyze.
        frame = frame.repartition(partitions or sc.defaultParallelism, "date").persist(StorageLevel.MEMORY_AND_DISK)
        counts = {t: 0 for t in TABLES} | {r["tbl"]: r["count"] for r in frame.groupBy("tbl").count().collect()}
        target = out if out.startswith(REMOTE_PREFIXES) else str(Path(out).resolve())

        def write(table: str) -> None:
            table_frame = frame.where(F.col("tbl") == table).select(*[name for name, _ in TABLES[table]])
            table_frame.write.mode("overwrite").partitionBy("date").parquet(f"{target}/{table}")

        # Six small jobs, each mostly driver-side planning and commit; three at a time, one job's tasks run
        # while another is planned or committed (7 % less wall time on 50 articles). Each table has its own
        # folder and committer.
        with ThreadPoolExecutor(max_workers=3) as pool:
            list(pool.map(write, TABLES))
        frame.unpersist()
    finally:
        spark.stop()
        if archive and pending:
            finish_dump(pending, archive)  # the first local run on this machine: publish the class archive
    if out.startswith(REMOTE_PREFIXES):
        return {"counts": counts}
    return write_manifest(Path(out), inputs=inputs, engine=f"spark:{master or 'spark-submit'}", model=model, counts=counts,
                          started=started)
