"""The Spark engine: a normal Spark job. Records are analyzed in batches inside ``mapPartitions``;
the pipeline loads once per executor Python worker (see ``khabar.batch.process``).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from khabar.batch.inputs import Unit, list_files
from khabar.batch.output import write_manifest
from khabar.batch.process import process_units
from khabar.batch.rows import TABLES

REMOTE_PREFIXES = ("s3a://", "s3://", "hdfs://", "gs://", "abfs://", "abfss://", "wasbs://", "file://")


def spark_session(master: str | None, app_name: str = "khabar-batch") -> Any:
    """A session for ``master``; None leaves the master to spark-submit."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder
    if master:
        # Local runs: the executors' Python is this one. Under spark-submit the cluster's settings rule.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = builder.master(master).config("spark.pyspark.python", sys.executable)
    spark = (
        builder
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.sources.partitionOverwriteMode", "static")
        .config("spark.sql.session.timeZone", "UTC")
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


def spark_units(spark: Any, inputs: list[str]) -> Any:
    """An RDD of Units named exactly as the local engine names them."""
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
                lines = sc.textFile(uri).zipWithIndex().filter(lambda p: p[0].strip())
                parts.append(lines.map(partial(_line_unit, origin=origin)))
            elif suffix == ".parquet":
                parts.append(spark.read.parquet(uri).rdd.zipWithIndex().map(partial(_record_unit, origin=origin)))
            else:
                whole_files[uri.replace("file:///", "file:/")] = origin
    if whole_files:
        files = sc.binaryFiles(",".join(whole_files))
        parts.append(files.map(partial(_file_unit, origins=whole_files)))
    return sc.union(parts) if parts else sc.emptyRDD()


def analyze_partition(units: Iterable[Unit], *, model: str, fail_once: str | None = None) -> Iterator[tuple[str, str]]:
    """(table, row as JSON) for every unit of a partition."""
    for n, (table, row) in enumerate(process_units(units, model)):
        if fail_once and n == 1 and not os.path.exists(fail_once):
            Path(fail_once).touch()  # test-only: fail this task attempt once, after some output
            raise RuntimeError("khabar: injected task failure (test setting)")
        yield table, json.dumps(row, ensure_ascii=False)


def run_spark(inputs: list[str], out: str, *, model: str = "fa_khabar", master: str | None = "local[2]",
              partitions: int | None = None, fail_once: str | None = None) -> dict[str, Any]:
    """Analyze ``inputs`` on Spark and write the tables under ``out``; returns the manifest."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    started = datetime.now(UTC)
    spark = spark_session(master)
    try:
        units = spark_units(spark, inputs)
        if partitions:
            units = units.repartition(partitions)
        rows = units.mapPartitions(partial(analyze_partition, model=model, fail_once=fail_once))
        # Python runs once per record (the analysis); splitting into tables and parsing the rows happens in
        # the JVM, so writing six tables does not send every row through Python six times.
        frame = spark.createDataFrame(rows, "tbl string, payload string").persist(StorageLevel.MEMORY_AND_DISK)
        counts = {t: 0 for t in TABLES} | {r["tbl"]: r["count"] for r in frame.groupBy("tbl").count().collect()}
        target = out if out.startswith(REMOTE_PREFIXES) else str(Path(out).resolve())
        for table, cols in TABLES.items():
            schema = StructType([StructField(n, StringType() if k == "string" else LongType(), True) for n, k in cols])
            table_frame = frame.where(F.col("tbl") == table).select(F.from_json("payload", schema).alias("r"))
            table_frame.select("r.*").write.mode("overwrite").partitionBy("date").parquet(f"{target}/{table}")
        frame.unpersist()
    finally:
        spark.stop()
    if out.startswith(REMOTE_PREFIXES):
        return {"counts": counts}
    return write_manifest(Path(out), inputs=inputs, engine=f"spark:{master or 'spark-submit'}", model=model, counts=counts,
                          started=started)
