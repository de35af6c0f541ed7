"""Batch analysis at scale: the same Parquet tables from a local process pool or from Apache Spark."""
