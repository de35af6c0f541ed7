"""The local Spark driver's class-data archive: where it lives, and which JVM options a run gets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="Spark tests need PySpark (pip install 'khabar[spark]')")

from khabar.batch.spark_cds import archive_path, cds_options  # noqa: E402

JAVA = shutil.which("java")


@pytest.mark.parametrize(
    ("setting", "expected_folder"),
    [
        ("off", None),  # turned off: no archive, no dump
        ("OFF", None),
        ("0", None),
        ("", None),  # unset: opt-in only (the archive is ~180 MB)
        ("{tmp}/cds", "{tmp}/cds"),  # a folder of the user's choice
        ("on", "{tmp}/xdg/khabar"),  # on: the XDG cache
    ],
)
def test_archive_path_follows_the_setting(tmp_path: Path, setting: str, expected_folder: str | None) -> None:
    if JAVA is None:
        pytest.skip("needs Java 17 on PATH")
    env = {"KHABAR_SPARK_CDS": setting.format(tmp=tmp_path), "XDG_CACHE_HOME": str(tmp_path / "xdg"), "PATH": "/usr/bin"}
    env["JAVA_HOME"] = str(Path(JAVA).resolve().parents[1])
    path = archive_path(env)
    if expected_folder is None:
        assert path is None
    else:
        assert path is not None and path.parent == Path(expected_folder.format(tmp=tmp_path))
        assert path.name.startswith("spark-") and path.suffix == ".jsa"


@pytest.mark.parametrize(
    ("java_home", "found"),
    [
        ("no-java", True),  # JAVA_HOME names the Java that spark-submit will run, so it keys the archive
        (None, False),  # no JAVA_HOME and no java on PATH: no archive
    ],
)
def test_archive_path_needs_a_java(tmp_path: Path, java_home: str | None, found: bool) -> None:
    env = {"PATH": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path), "KHABAR_SPARK_CDS": "on"}
    if java_home:
        env["JAVA_HOME"] = str(tmp_path / java_home)
    assert (archive_path(env) is not None) is found


@pytest.mark.parametrize(
    ("state", "option", "dumps"),
    [
        ("present", "-XX:SharedArchiveFile=", False),  # later runs map the archive
        ("missing", "-XX:ArchiveClassesAtExit=", True),  # the first run writes it when its JVM exits
        ("off", "", False),  # turned off: plain JVM
    ],
)
def test_cds_options(tmp_path: Path, state: str, option: str, dumps: bool) -> None:
    archive = tmp_path / "cache" / "spark.jsa"
    if state == "present":
        archive.parent.mkdir()
        archive.write_bytes(b"x")
    options, pending = cds_options(None if state == "off" else archive, pid=42)
    assert options.startswith(option)
    if dumps:
        assert pending == archive.with_name("spark.jsa.42.tmp") and str(pending) in options
    else:
        assert pending is None
    if option:
        assert "-Xlog:cds=off" in options  # the dump's per-class warnings stay off the user's terminal
