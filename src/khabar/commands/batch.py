"""`khabar batch`: analyze many articles into Parquet tables, locally or on Spark."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from khabar.cli import app, fail


class Engine(StrEnum):
    local = "local"
    spark = "spark"


@app.command()
def batch(
    inputs: list[str] = typer.Argument(..., help="JSONL, Parquet, WARC files or folders of .txt; local or s3a:// hdfs:// URIs (spark)."),
    output: str = typer.Option(..., "--output", "-o", help="Output folder (overwritten): one Parquet table per folder."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (process pool) or spark."),
    master: str = typer.Option("local[2]", "--master", help="Spark master URL, e.g. local[2], yarn, spark://host:7077."),
    partitions: int | None = typer.Option(None, "--partitions", help="Spark partitions (default: Spark's)."),
    processes: int = typer.Option(1, "--processes", "-p", help="Worker processes for the local engine."),
    model: str = typer.Option("fa_khabar", "--model", help="Trained pipeline name; 'none' for rules only."),
) -> None:
    """Analyze articles at scale; writes articles/entities/mentions/quotes/events/errors + manifest.json."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        fail("khabar batch needs pyarrow: pip install 'khabar[parquet]'")
    if engine is Engine.spark:
        try:
            import pyspark  # noqa: F401
        except ImportError:
            fail("--engine spark needs PySpark and Java 17: pip install 'khabar[spark]'")
        from khabar.batch.spark import run_spark

        manifest = run_spark(inputs, output, model=model, master=master, partitions=partitions)
    else:
        from khabar.batch.local import run_local

        manifest = run_local(inputs, Path(output), model=model, processes=processes)
    counts = manifest["counts"]
    typer.echo(json.dumps(counts, ensure_ascii=False))
    if counts.get("errors"):
        typer.echo(f"khabar: {counts['errors']} record(s) failed; see {output}/errors", err=True)
