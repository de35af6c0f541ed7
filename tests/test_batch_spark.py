"""The Spark engine in local mode: same rows as the local engine, a retried task leaves no duplicates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyarrow", reason="batch output needs pyarrow")
pytest.importorskip("pyspark", reason="Spark tests need PySpark (pip install 'khabar[spark]')")
if shutil.which("java") is None:
    pytest.skip("Spark tests need Java 17 (apt-get install openjdk-17-jre-headless)", allow_module_level=True)

from khabar.batch.local import run_local  # noqa: E402
from khabar.batch.output import read_table  # noqa: E402
from khabar.batch.rows import TABLES  # noqa: E402
from khabar.batch.spark import run_spark  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "batch"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("spark")
    local, spark = root / "local", root / "spark"
    run_local([str(FIXTURES)], local, model="none")
    # local[2,2]: two threads, and a failed task is tried again once. The test setting fails one task once.
    marker = root / "failed-once"
    run_spark([str(FIXTURES)], str(spark), model="none", master="local[2,2]", partitions=3, fail_once=str(marker))
    assert marker.exists(), "the injected failure did not happen"
    return local, spark, marker


@pytest.mark.parametrize("table", list(TABLES))
def test_spark_rows_equal_local_rows(outputs: tuple[Path, Path, Path], table: str) -> None:
    local, spark, _ = outputs
    assert read_table(spark, table) == read_table(local, table)


def test_spark_rerun_has_no_duplicates(outputs: tuple[Path, Path, Path]) -> None:
    local, spark, _ = outputs
    manifest = run_spark([str(FIXTURES)], str(spark), model="none", master="local[2]")
    assert manifest["counts"]["articles"] == len(read_table(spark, "articles")) == 4
    assert read_table(spark, "mentions") == read_table(local, "mentions")


def test_pipeline_loads_once_per_python_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Six partitions on two task slots: reused Python workers must each load the pipeline once, not per task.
    log = tmp_path / "loads.log"
    monkeypatch.setenv("KHABAR_BATCH_LOAD_LOG", str(log))
    run_spark([str(FIXTURES)], str(tmp_path / "out"), model="none", master="local[2]", partitions=6)
    loads = log.read_text(encoding="utf-8").split("\n")[:-1]
    pids = [line.split()[0] for line in loads]
    # Spark may fork a spare worker while another is being handed back, so allow a few, never one per task.
    assert 1 <= len(pids) < 6
    assert len(set(pids)) == len(pids)
