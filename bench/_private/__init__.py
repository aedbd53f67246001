"""Machinery behind ``bench/run.py`` and ``bench/pieces.py``: side venv, process measurement, reports."""
