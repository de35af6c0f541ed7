"""Readers and writers: files and records in, Article JSON out."""
