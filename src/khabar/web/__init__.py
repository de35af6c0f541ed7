"""Khabar's web app: server-rendered, right-to-left pages and a JSON API over a corpus."""

from khabar.web.app import create_app

__all__ = ["create_app"]
