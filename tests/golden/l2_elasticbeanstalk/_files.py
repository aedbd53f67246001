"""The application sources the apps bundle (checked in under ``_sources/``)."""

import os

_HERE = os.path.dirname(os.path.abspath(__file__))
WEB_SOURCE = os.path.join(_HERE, "_sources", "web")
WORKER_SOURCE = os.path.join(_HERE, "_sources", "worker")
WORKER_SOURCE_WITH_CRON = os.path.join(_HERE, "_sources", "worker_with_cron")
