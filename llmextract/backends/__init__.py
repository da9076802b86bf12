"""Backends turn one article into grounded events and claims behind one small Protocol.

Backends never import the CLI or the evaluation package; the pipeline imports backends, not the
other way round (except for the shared models in ``base``).
"""
